import { PlanItemKind } from '@gezinsplan/domain';
import { itemsOfKind, PortalPlanItem, responsesByTarget } from '../../portal-shared/utils/plan-items';

/** The family's plan, taken apart into the parts the page shows in order. */
export interface OurPlanParts {
  situation: PortalPlanItem[];
  goals: PortalPlanItem[];
  agreements: PortalPlanItem[];
  childVoices: PortalPlanItem[];
  safetyPlan: PortalPlanItem | null;
  safetyConditions: PortalPlanItem[];
  safetyAgreements: PortalPlanItem[];
  roster: PortalPlanItem[];
  logbook: PortalPlanItem[];
  evaluations: PortalPlanItem[];
  responses: ReadonlyMap<string, PortalPlanItem[]>;
}

export function ourPlanParts(items: readonly PortalPlanItem[]): OurPlanParts {
  const [safetyPlan = null] = itemsOfKind(items, PlanItemKind.SafetyPlan);
  return {
    situation: itemsOfKind(items, PlanItemKind.Situation),
    goals: itemsOfKind(items, PlanItemKind.Goal),
    agreements: itemsOfKind(items, PlanItemKind.Agreement),
    childVoices: itemsOfKind(items, PlanItemKind.ChildVoice),
    safetyPlan,
    safetyConditions: itemsOfKind(items, PlanItemKind.SafetyCondition),
    safetyAgreements: itemsOfKind(items, PlanItemKind.SafetyAgreement),
    roster: itemsOfKind(items, PlanItemKind.RosterEntry),
    logbook: itemsOfKind(items, PlanItemKind.LogEntry),
    // Also an invitation to one the reader may not read (its stub: the date and that they are invited).
    evaluations: items.filter((item) => item.kind === PlanItemKind.Evaluation && (item.access === 'FULL' || item.invitesYou)),
    responses: responsesByTarget(items),
  };
}
