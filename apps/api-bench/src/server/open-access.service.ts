import { ReadGrant, Relation } from '@gezinsplan/access-policy';
import { dutchToday, PLAN_ITEM_KINDS } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { FamilyAccess, grantedAccess } from '@gezinsplan/api/access/family-access';
import { DecisionWithSession, FamilyAccessService, isUuid } from '@gezinsplan/api/access/family-access.service';
import { Viewer } from '@gezinsplan/api/auth/viewer';

/** Stands in for the involvement that "access off" pretends the viewer has. */
const NO_INVOLVEMENT = '00000000-0000-4000-8000-000000000000';

/**
 * Need-to-know switched off, for the benchmark only: every viewer is taken to
 * be a regisseur of every family and reads every item in full. No relation or
 * facts are queried (those are four of the plan page's statements), and the
 * SQL access predicate reduces to its first cheap branches. What remains
 * (GraphQL, the directory, the item query, the access-log line) is the cost
 * of the page without need-to-know.
 *
 * Only bench-server.ts uses this class, in its own bundle; main.ts and the
 * production bundle never import it.
 */
@Injectable()
export class OpenAccessService extends FamilyAccessService {
  /** Nothing to decide, so nothing rides along with the session check. */
  override decisionWithSession(): DecisionWithSession | undefined {
    return undefined;
  }

  override async forFamilies(viewer: Viewer, familyIds: readonly string[]): Promise<Map<string, FamilyAccess>> {
    const today = dutchToday();
    return new Map(familyIds.filter(isUuid).map((id) => [id, openAccess(viewer, id, today)]));
  }
}

function openAccess(viewer: Viewer, familyId: string, today: string): FamilyAccess {
  const relation: Relation = {
    type: 'PROFESSIONAL',
    involvement: { id: NO_INVOLVEMENT, categories: [], memberIds: [], isRegisseur: true },
  };
  const grant: ReadGrant = {
    relation: 'PROFESSIONAL',
    self: {},
    categories: {},
    agreementCategories: {},
    match: 'ALL',
    categoryKinds: null,
    openKinds: [...PLAN_ITEM_KINDS],
    assignedKinds: [],
    hiddenMemberIds: [],
    hiddenInvolvementIds: [],
    involvementScope: null,
    seesAgreementProgress: true,
    respectsWithholding: false,
    logScope: null,
    otherwise: 'REDACTED',
  };
  return grantedAccess({ viewer, familyId, relation, facts: { today, members: [], consents: [], legalBases: [], institutionalAuthorities: [] }, grant, organisationType: null });
}
