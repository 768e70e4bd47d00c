import { Permission } from '@gezinsplan/access-policy';
import { PortalAccess } from '@gezinsplan/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { FamilyMemberOutput, NetworkMemberOutput } from '../family/family.output';
import { PortalAccessEnum } from './account.output';
import { PortalAccessService } from './portal-access.service';

// Null, not FORBIDDEN, for everyone but the regisseur (family members included): the schema says nullable,
// and a portal page that shares a fragment with the regisseur's must not fail on a field that is simply not theirs.
const DESCRIPTION = 'Whether they have a portal account and can use it. For the family’s regisseur; null for everyone else.';

@Resolver(() => FamilyMemberOutput)
export class FamilyMemberPortalAccessResolver {
  constructor(private readonly portalAccess: PortalAccessService) {}

  @ResolveField('portalAccess', () => PortalAccessEnum, { nullable: true, description: DESCRIPTION })
  @Authorize(Permission.AccessFamilies)
  portalAccessOf(@CurrentCaller() caller: Caller, @Parent() member: FamilyMemberOutput): Promise<PortalAccess | null> {
    return this.portalAccess.of(caller.viewer, member.familyId, { memberId: member.id });
  }
}

@Resolver(() => NetworkMemberOutput)
export class NetworkMemberPortalAccessResolver {
  constructor(private readonly portalAccess: PortalAccessService) {}

  @ResolveField('portalAccess', () => PortalAccessEnum, { nullable: true, description: DESCRIPTION })
  @Authorize(Permission.AccessFamilies)
  portalAccessOf(@CurrentCaller() caller: Caller, @Parent() person: NetworkMemberOutput): Promise<PortalAccess | null> {
    return this.portalAccess.of(caller.viewer, person.familyId, { networkMemberId: person.id });
  }
}
