import { Permission } from '@gezinsplan/access-policy';
import { Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { OverviewOutput } from './overview.output';
import { OverviewService } from './overview.service';

@Resolver(() => OverviewOutput)
export class OverviewResolver {
  constructor(private readonly overview: OverviewService) {}

  @Query(() => OverviewOutput, { description: 'The signed-in professional’s families and what needs attention.' })
  @Authorize(Permission.WorkWithFamilies)
  myOverview(@CurrentCaller() caller: Caller): Promise<OverviewOutput> {
    return this.overview.forProfessional(caller);
  }
}
