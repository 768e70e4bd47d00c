import { Permission } from '@gezinsplan/access-policy';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLogQueryService } from '../access/access-log-query.service';
import { AccessLogEntryOutput } from '../access/access-log.output';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyOutput } from './family.output';

/** Who read or changed this family's information: for the family and its regisseur. */
@Resolver(() => FamilyOutput)
export class FamilyAccessLogResolver {
  constructor(private readonly accessLogQuery: AccessLogQueryService) {}

  @ResolveField(() => [AccessLogEntryOutput], { description: 'Newest first. For the family and its regisseur.' })
  @Authorize(Permission.AccessFamilies)
  accessLog(
    @CurrentCaller() caller: Caller,
    @Parent() family: FamilyOutput,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<AccessLogEntryOutput[]> {
    return this.accessLogQuery.forFamily(caller, family.id, limit);
  }
}
