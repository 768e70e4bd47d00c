import { PlanItemKind } from '@gezinsplan/domain';
import { itemsOfKind, PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { inWeekOrder } from '../../portal-shared/utils/roster';

/** The kinds of item that the plan on paper prints. */
const PRINTED_KINDS: readonly PlanItemKind[] = [
  PlanItemKind.Goal,
  PlanItemKind.Agreement,
  PlanItemKind.SafetyPlan,
  PlanItemKind.SafetyCondition,
  PlanItemKind.SafetyAgreement,
  PlanItemKind.RosterEntry,
];

/** The plan on paper, divided into its parts; only what the reader may read in full. */
export interface PrintParts {
  goals: PortalPlanItem[];
  agreements: PortalPlanItem[];
  safetyPlan: PortalPlanItem | null;
  conditions: PortalPlanItem[];
  safetyAgreements: PortalPlanItem[];
  roster: PortalPlanItem[];
  /** Items of the printed kinds that the reader may not read in full: counted, never printed. */
  notShown: number;
}

const byCreation = (a: PortalPlanItem, b: PortalPlanItem) => a.createdAt.localeCompare(b.createdAt);

/** Dated agreements first, earliest first; the ongoing ones after them. */
const byDueDate = (a: PortalPlanItem, b: PortalPlanItem) =>
  (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || byCreation(a, b);

export function printParts(items: readonly PortalPlanItem[]): PrintParts {
  const [safetyPlan = null] = itemsOfKind(items, PlanItemKind.SafetyPlan);
  return {
    goals: itemsOfKind(items, PlanItemKind.Goal).sort(byCreation),
    agreements: itemsOfKind(items, PlanItemKind.Agreement).sort(byDueDate),
    safetyPlan,
    conditions: itemsOfKind(items, PlanItemKind.SafetyCondition).sort(byCreation),
    safetyAgreements: itemsOfKind(items, PlanItemKind.SafetyAgreement).sort(byDueDate),
    roster: inWeekOrder(itemsOfKind(items, PlanItemKind.RosterEntry)),
    notShown: items.filter((item) => item.access !== 'FULL' && PRINTED_KINDS.includes(item.kind)).length,
  };
}

/** The items a network member (or anyone in the plan) is named for: their roster days and agreements. */
export function tasksOf(parts: PrintParts, partyId: string): PortalPlanItem[] {
  const theirs = (item: PortalPlanItem) => item.assignee?.id === partyId;
  return [...parts.roster.filter(theirs), ...parts.safetyAgreements.filter(theirs), ...parts.agreements.filter(theirs)];
}

interface Member {
  id: string;
  givenName: string;
  familyName: string;
  role: string;
  age?: number | null;
}

/** From 12 on, children read and answer their own plan in the portal (domain brief), so they sign it too. */
export const SIGNING_AGE = 12;

/** Who signs the plan at the family meeting: the parents, young people of 12 and over, the network, the regisseur. */
export function signers(
  members: readonly Member[],
  network: readonly { id: string; name: string }[],
  regisseur: { professionalName: string } | null,
): string[] {
  const family = members
    .filter((member) => member.role === 'PARENT' || member.role === 'GUARDIAN' || (member.age != null && member.age >= SIGNING_AGE))
    .map((member) => `${member.givenName} ${member.familyName}`);
  return [...family, ...network.map((person) => person.name), ...(regisseur ? [regisseur.professionalName] : [])];
}
