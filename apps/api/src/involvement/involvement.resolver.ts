import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { EndInvolvementInput, HandOverRegisseurInput, InviteInvolvementInput } from './involvement.input';
import { InvolvementService } from './involvement.service';

@Resolver()
export class InvolvementResolver {
  constructor(private readonly involvements: InvolvementService) {}

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

  @Mutation(() => ID, { description: 'Hands the regisseur role to another involved professional, with a note.' })
  @Authorize(Permission.WorkWithFamilies)
  handOverRegisseur(@CurrentCaller() caller: Caller, @Args('input') input: HandOverRegisseurInput): Promise<string> {
    return this.involvements.handOver(caller, input);
  }
}
