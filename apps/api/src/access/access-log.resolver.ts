import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { AccessLogQueryService } from './access-log-query.service';
import { AccessLogMetadataOutput } from './access-log.output';

@Resolver()
export class AccessLogResolver {
  constructor(private readonly accessLogQuery: AccessLogQueryService) {}

  @Query(() => [AccessLogMetadataOutput], { description: 'Administrators investigating access: metadata only.' })
  @Authorize(Permission.InvestigateAccessLog)
  accessLogInvestigation(
    @CurrentCaller() caller: Caller,
    @Args('accountId', { type: () => ID, nullable: true }) accountId: string | undefined,
    @Args('familyId', { type: () => ID, nullable: true }) familyId: string | undefined,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AccessLogMetadataOutput[]> {
    return this.accessLogQuery.investigate(caller, { accountId, familyId, limit });
  }
}
