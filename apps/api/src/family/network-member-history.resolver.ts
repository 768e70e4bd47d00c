import { Permission } from '@gezinsplan/access-policy';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { NetworkMemberOutput } from './family.output';
import { NetworkMemberHistoryService } from './network-member-history.service';
import { NetworkMemberVersionOutput } from './network-member-version.output';

@Resolver(() => NetworkMemberOutput)
export class NetworkMemberHistoryResolver {
  constructor(private readonly history: NetworkMemberHistoryService) {}

  @Query(() => NetworkMemberOutput, {
    description: 'One network member the signed-in person may read, e.g. to load its earlier details on demand; NOT_FOUND otherwise.',
  })
  @Authorize(Permission.AccessFamilies)
  networkMember(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<NetworkMemberOutput> {
    return this.history.read(caller, id);
  }

  @ResolveField('history', () => [NetworkMemberVersionOutput], {
    description: 'Earlier details, newest first ("Eerdere gegevens"): kept at every correction, with when and by whom they were replaced.',
  })
  @Authorize(Permission.AccessFamilies)
  historyOf(@CurrentCaller() caller: Caller, @Parent() person: NetworkMemberOutput): Promise<NetworkMemberVersionOutput[]> {
    return this.history.of(caller, person);
  }
}
