import { Permission } from '@gezinsplan/access-policy';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyOutput } from '../family/family.output';
import { ClosePlanInput, ReopenPlanInput } from './plan-closure.input';
import { PlanClosureEventOutput } from './plan-closure.output';
import { PlanClosureService } from './plan-closure.service';

@Resolver(() => FamilyOutput)
export class PlanClosureResolver {
  constructor(private readonly closures: PlanClosureService) {}

  @Mutation(() => FamilyOutput, {
    description: 'The regisseur closes the plan with a reason and a final evaluation; it stays readable and becomes read-only.',
  })
  @Authorize(Permission.WorkWithFamilies)
  closePlan(@CurrentCaller() caller: Caller, @Args('input') input: ClosePlanInput): Promise<FamilyOutput> {
    return this.closures.close(caller, input);
  }

  @Mutation(() => FamilyOutput, { description: 'The regisseur reopens a closed plan, with a reason.' })
  @Authorize(Permission.WorkWithFamilies)
  reopenPlan(@CurrentCaller() caller: Caller, @Args('input') input: ReopenPlanInput): Promise<FamilyOutput> {
    return this.closures.reopen(caller, input);
  }

  @ResolveField(() => [PlanClosureEventOutput], { description: 'Every closing and reopening of the plan, oldest first.' })
  @Authorize(Permission.AccessFamilies)
  closureHistory(@CurrentCaller() caller: Caller, @Parent() family: FamilyOutput): Promise<PlanClosureEventOutput[]> {
    return this.closures.history(caller, family.id);
  }
}
