import { PlanItemKind } from '@gezinsplan/domain';
import { itemsOfKind, PortalPlanItem } from '../../portal-shared/utils/plan-items';

/** The safety plan as a network member's page shows it. */
export interface NetworkParts {
  safetyPlan: PortalPlanItem | null;
  /** Roster entries and agreements that are this network member's own. */
  myRoster: PortalPlanItem[];
  myAgreements: PortalPlanItem[];
  conditions: PortalPlanItem[];
  logbook: PortalPlanItem[];
}

export function networkParts(items: readonly PortalPlanItem[], networkMemberId: string): NetworkParts {
  const mine = (item: PortalPlanItem) => item.assignee?.type === 'NETWORK_MEMBER' && item.assignee.id === networkMemberId;
  const [safetyPlan = null] = itemsOfKind(items, PlanItemKind.SafetyPlan);
  return {
    safetyPlan,
    myRoster: itemsOfKind(items, PlanItemKind.RosterEntry).filter(mine),
    myAgreements: itemsOfKind(items, PlanItemKind.SafetyAgreement, PlanItemKind.Agreement).filter(mine),
    conditions: itemsOfKind(items, PlanItemKind.SafetyCondition),
    // The network writes in, and reads, the safety plan's logbook only.
    logbook: itemsOfKind(items, PlanItemKind.LogEntry).filter((item) => item.category === 'SAFETY'),
  };
}
