import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyOutput } from '../family/family.output';
import { NotificationService } from './notification.service';
import { RegisterSignalInput, StartPlanFromMatchInput, WithdrawSignalInput } from './signal.input';
import { NotificationOutput, RegisseurProposalOutput, SignalMatchOutput } from './signal.output';
import { SignalService } from './signal.service';

@Resolver()
export class SignalResolver {
  constructor(
    private readonly signals: SignalService,
    private readonly notifications: NotificationService,
  ) {}

  @Mutation(() => SignalMatchOutput, { description: 'Registers a signal of involvement; answers with the match, if any.' })
  @Authorize(Permission.WorkWithFamilies)
  registerSignal(@CurrentCaller() caller: Caller, @Args('input') input: RegisterSignalInput): Promise<SignalMatchOutput> {
    return this.signals.register(caller, input);
  }

  @Mutation(() => Boolean)
  @Authorize(Permission.WorkWithFamilies)
  withdrawSignal(@CurrentCaller() caller: Caller, @Args('input') input: WithdrawSignalInput): Promise<boolean> {
    return this.signals.withdraw(caller, input.signalId);
  }

  @Query(() => [SignalMatchOutput], { description: 'My active signals with everyone else involved.' })
  @Authorize(Permission.WorkWithFamilies)
  mySignals(@CurrentCaller() caller: Caller): Promise<SignalMatchOutput[]> {
    return this.signals.myMatches(caller);
  }

  @Query(() => SignalMatchOutput, {
    nullable: true,
    description: 'A young person’s signals by BSN, only when I signalled them myself; otherwise null, whether or not others did.',
  })
  @Authorize(Permission.WorkWithFamilies)
  signalLookUp(@CurrentCaller() caller: Caller, @Args('bsn') bsn: string): Promise<SignalMatchOutput | null> {
    return this.signals.lookUp(caller, bsn);
  }

  @Query(() => RegisseurProposalOutput, { description: 'Whom the configured rule proposes as regisseur for a plan from this match.' })
  @Authorize(Permission.WorkWithFamilies)
  regisseurProposal(
    @CurrentCaller() caller: Caller,
    @Args('subjectIds', { type: () => [ID] }) subjectIds: string[],
  ): Promise<RegisseurProposalOutput> {
    return this.signals.proposeRegisseur(caller, subjectIds);
  }

  @Mutation(() => FamilyOutput, { description: 'Starts one family plan from a match, with the confirmed regisseur.' })
  @Authorize(Permission.WorkWithFamilies)
  startPlanFromMatch(@CurrentCaller() caller: Caller, @Args('input') input: StartPlanFromMatchInput): Promise<FamilyOutput> {
    return this.signals.startPlan(caller, input);
  }

  // One's own notifications, for every account that can be told something (family members in the portal too).
  @Query(() => [NotificationOutput])
  @Authorize(Permission.ReadOwnAccount)
  myNotifications(@CurrentCaller() caller: Caller): Promise<NotificationOutput[]> {
    return this.notifications.mine(caller);
  }

  @Mutation(() => Boolean)
  @Authorize(Permission.ReadOwnAccount)
  markNotificationRead(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.notifications.markRead(caller, id);
  }
}
