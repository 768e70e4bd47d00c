import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { OrganisationOutput } from '../organisation/organisation.output';
import { EndInvolvementInput, InviteInvolvementInput } from './involvement.input';
import { InvitableProfessionalOutput } from './involvement.output';
import { InvolvementService } from './involvement.service';

@Resolver()
export class InvolvementResolver {
  constructor(private readonly involvements: InvolvementService) {}

  @Query(() => [OrganisationOutput], { description: 'For the regisseur of this family: organisations with professionals to invite.' })
  @Authorize(Permission.WorkWithFamilies)
  invitableOrganisations(
    @CurrentCaller() caller: Caller,
    @Args('familyId', { type: () => ID }) familyId: string,
  ): Promise<OrganisationOutput[]> {
    return this.involvements.invitableOrganisations(caller, familyId);
  }

  @Query(() => [InvitableProfessionalOutput], { description: 'For the regisseur of this family: the professionals of one organisation.' })
  @Authorize(Permission.WorkWithFamilies)
  invitableProfessionals(
    @CurrentCaller() caller: Caller,
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<InvitableProfessionalOutput[]> {
    return this.involvements.invitableProfessionals(caller, familyId, organisationId);
  }

  @Mutation(() => ID, { description: 'The regisseur invites a professional for a concrete task.' })
  @Authorize(Permission.WorkWithFamilies)
  inviteInvolvement(@CurrentCaller() caller: Caller, @Args('input') input: InviteInvolvementInput): Promise<string> {
    return this.involvements.invite(caller, input);
  }

  @Mutation(() => ID, { description: 'Ends an involvement and its access; its history stays.' })
  @Authorize(Permission.WorkWithFamilies)
  endInvolvement(@CurrentCaller() caller: Caller, @Args('input') input: EndInvolvementInput): Promise<string> {
    return this.involvements.end(caller, input);
  }
}
