import { Relation } from './facts';
import { WriteDecision } from './write-decision';

/** Whether the plan is open, or closed by its regisseur (scaled down, docs/access-rules.md "Closing"). */
export type PlanState = 'OPEN' | 'CLOSED';

/**
 * What a change does: most change the plan. A few serve the family's rights
 * over its information (withdrawing a consent, revoking a legal basis,
 * recording that the family was told of sharing without consent); they must
 * stay possible at any time, also when the plan is closed.
 */
export type ChangeKind = 'PLAN_CHANGE' | 'FAMILY_RIGHT';

export const PLAN_CLOSED_REASON = 'This plan is closed: it can be read, not changed. The regisseur can reopen it.';

/** May anything be changed in a plan in this state? A closed plan is read-only for everyone. */
export function decideChangeInPlan(state: PlanState, change: ChangeKind = 'PLAN_CHANGE'): WriteDecision {
  if (state === 'CLOSED' && change === 'PLAN_CHANGE') return { allowed: false, reason: PLAN_CLOSED_REASON };
  return { allowed: true };
}

/** Closing and reopening: the regisseur only, and only from the other state. */
export function decideClosure(relation: Relation, state: PlanState, action: 'CLOSE' | 'REOPEN'): WriteDecision {
  if (relation.type !== 'PROFESSIONAL' || !relation.involvement.isRegisseur) {
    return { allowed: false, reason: 'Only the regisseur closes or reopens the plan.' };
  }
  if (action === 'CLOSE' && state === 'CLOSED') return { allowed: false, reason: 'This plan is already closed.' };
  if (action === 'REOPEN' && state === 'OPEN') return { allowed: false, reason: 'This plan is open; there is nothing to reopen.' };
  return { allowed: true };
}

/** An involvement's period as the access rules read it. */
export interface InvolvementPeriod {
  startsOn: string;
  /** The last day of the task, when one is set; access ends after it. */
  endsOn: string | null;
  /** Set when the involvement ended at once. */
  endedAt: Date | null;
}

/**
 * Does the involvement give access on `today` (YYYY-MM-DD, Dutch time)? The
 * SQL twin is the professional's relation in `family-access.service.ts`.
 */
export function involvementActiveOn(period: InvolvementPeriod, today: string): boolean {
  return period.endedAt === null && period.startsOn <= today && (period.endsOn === null || period.endsOn >= today);
}
