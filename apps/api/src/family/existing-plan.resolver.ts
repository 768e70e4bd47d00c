import { Permission } from '@gezinsplan/access-policy';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessLogService } from '../access/access-log.service';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { badUserInput } from '../common/errors/api-error';
import { PersonToPlaceInput } from './existing-plan.input';
import { bsnProblem } from './member-problems';
import { ExistingPlanOutput } from './existing-plan.output';
import { ExistingPlanService } from '../access/existing-plan.service';

@Resolver()
export class ExistingPlanResolver {
  constructor(
    private readonly existingPlans: ExistingPlanService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Query(() => [ExistingPlanOutput], {
    nullable: 'items',
    description:
      'Before a plan starts: per person (same order), whether someone with this name and date of birth is already in a family ' +
      'with an active plan, and how to reach its regisseur; null when not. Logged, like a signal look-up.',
  })
  @Authorize(Permission.WorkWithFamilies)
  async peopleInActivePlans(
    @CurrentCaller() caller: Caller,
    @Args('people', { type: () => [PersonToPlaceInput] }) people: PersonToPlaceInput[],
  ): Promise<Array<ExistingPlanOutput | null>> {
    if (people.length > 30) throw badUserInput([{ field: 'people', message: 'check at most 30 people at once' }]);
    const problems = people.flatMap((person, index) => {
      const problem = person.bsn ? bsnProblem(person.bsn, `people.${index}.bsn`) : null;
      return problem ? [problem] : [];
    });
    if (problems.length > 0) throw badUserInput(problems);
    const found = await this.existingPlans.find(people);
    await this.accessLog.recordOutsideFamilies(caller, {
      action: 'LOOKUP',
      list: found.size > 0 ? 'existing-plan-check-found' : 'existing-plan-check',
      itemId: null,
      basis: 'STARTING_PLAN',
    });
    return people.map((_, index) => found.get(index) ?? null);
  }
}
