/** Every piece of the plan is an item of one of these kinds (domain.md sections 3 and 4). */
export const PlanItemKind = {
  Situation: 'SITUATION',
  Goal: 'GOAL',
  Agreement: 'AGREEMENT',
  ChildVoice: 'CHILD_VOICE',
  Evaluation: 'EVALUATION',
  SafetyPlan: 'SAFETY_PLAN',
  SafetyCondition: 'SAFETY_CONDITION',
  SafetyAgreement: 'SAFETY_AGREEMENT',
  RosterEntry: 'ROSTER_ENTRY',
  LogEntry: 'LOG_ENTRY',
  Comment: 'COMMENT',
  OwnView: 'OWN_VIEW',
} as const;

export type PlanItemKind = (typeof PlanItemKind)[keyof typeof PlanItemKind];

export const PLAN_ITEM_KINDS: readonly PlanItemKind[] = Object.values(PlanItemKind);

/** Kinds whose text is the family's own voice on another item: append-only, never edited. */
export const RESPONSE_KINDS: readonly PlanItemKind[] = [PlanItemKind.Comment, PlanItemKind.OwnView];
