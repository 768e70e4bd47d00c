import { LifeDomain } from '@gezinsplan/domain';

/**
 * The content of a plan item, stored as JSON beside the columns that access
 * and overviews query. Which fields a kind uses is checked by `validateContent`.
 */
export interface PlanItemContent {
  /** The item's words: a goal in the family's words, an agreement's "what", a log entry, a comment. */
  text: string;
  lifeDomain?: LifeDomain;
  aspect?: 'STRENGTH' | 'CONCERN';
  goalId?: string;
  /** Why an agreement was not kept. */
  statusReason?: string;
  /** An evaluation's outcome and what changed in the plan. */
  outcome?: string;
  changes?: string;
  /** An evaluation's professionals invited (involvements). */
  invitedInvolvementIds?: string[];
  /**
   * An evaluation's family members invited, beside whom it is about: the family's evaluation of
   * the whole plan invites a young person without making its content theirs to read.
   */
  invitedMemberIds?: string[];
  /** A held evaluation's result per goal. */
  goalOutcomes?: GoalOutcome[];
  /** A held evaluation: the family's own view, recorded beside the outcome. */
  familyView?: string;
  /** A held evaluation: the date of the next one, which holding it plans. */
  nextEvaluationOn?: string;
  planB?: string;
  contactName?: string;
  contactPhone?: string;
  startsOn?: string;
  endsOn?: string;
  /** What safety means, from the child's, the parents' and the professionals' view. */
  safetyForChild?: string;
  safetyForParents?: string;
  safetyForProfessionals?: string;
  /** A roster entry's weekday, 1 (Monday) to 7, when it is not on one date. */
  weekday?: number;
  /** Whom a roster volunteer tells when they cannot come. */
  cancelContact?: string;
  /** The child's voice: with whom the child spoke (a parent, a mentor, the regisseur). */
  recordedWith?: string;
  occurredOn?: string;
}

export const GOAL_RESULTS = ['REACHED', 'PARTLY_REACHED', 'NOT_REACHED'] as const;
export type GoalResult = (typeof GOAL_RESULTS)[number];

export interface GoalOutcome {
  goalId: string;
  result: GoalResult;
}
