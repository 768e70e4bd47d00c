import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyOutput } from '../family/family.output';
import { HandOverRegisseurInput } from './involvement.input';
import { DeclineRegisseurHandoverInput } from './regisseur-handover.input';
import { RegisseurHandoverProposalOutput } from './regisseur-handover.output';
import { RegisseurHandoverService } from './regisseur-handover.service';

@Resolver(() => FamilyOutput)
export class RegisseurHandoverResolver {
  constructor(private readonly handovers: RegisseurHandoverService) {}

  @Mutation(() => ID, {
    description:
      'The regisseur proposes another involved professional as regisseur, with a note; returns the proposal. The role moves only when they accept.',
  })
  @Authorize(Permission.WorkWithFamilies)
  handOverRegisseur(@CurrentCaller() caller: Caller, @Args('input') input: HandOverRegisseurInput): Promise<string> {
    return this.handovers.propose(caller, input);
  }

  @Mutation(() => ID, { description: 'The proposed professional accepts and becomes regisseur; returns the family.' })
  @Authorize(Permission.WorkWithFamilies)
  acceptRegisseurHandover(@CurrentCaller() caller: Caller, @Args('proposalId', { type: () => ID }) proposalId: string): Promise<string> {
    return this.handovers.accept(caller, proposalId);
  }

  @Mutation(() => ID, { description: 'The proposed professional declines; the regisseur stays and is told. Returns the family.' })
  @Authorize(Permission.WorkWithFamilies)
  declineRegisseurHandover(@CurrentCaller() caller: Caller, @Args('input') input: DeclineRegisseurHandoverInput): Promise<string> {
    return this.handovers.decline(caller, input);
  }

  @Mutation(() => ID, { description: 'The regisseur withdraws the open proposal. Returns the family.' })
  @Authorize(Permission.WorkWithFamilies)
  withdrawRegisseurHandover(@CurrentCaller() caller: Caller, @Args('proposalId', { type: () => ID }) proposalId: string): Promise<string> {
    return this.handovers.withdraw(caller, proposalId);
  }

  @Query(() => [RegisseurHandoverProposalOutput], { description: 'Proposals to take over as regisseur that wait for your answer.' })
  @Authorize(Permission.WorkWithFamilies)
  myRegisseurHandoverProposals(@CurrentCaller() caller: Caller): Promise<RegisseurHandoverProposalOutput[]> {
    return this.handovers.waitingForMe(caller);
  }

  @ResolveField(() => RegisseurHandoverProposalOutput, {
    nullable: true,
    description: 'The open regisseur handover proposal: for the regisseur and the proposed professional; null for everyone else.',
  })
  @Authorize(Permission.AccessFamilies)
  openRegisseurHandover(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<RegisseurHandoverProposalOutput | null> {
    return this.handovers.openOf(caller, family.id);
  }
}
