/** Why a plan is closed (afschalen): the reasons 1 Gezin 1 Plan names. */
export const ClosingReason = {
  GoalsReached: 'GOALS_REACHED',
  OtherCare: 'OTHER_CARE',
  FamilyMoved: 'FAMILY_MOVED',
  FamilyWithdrew: 'FAMILY_WITHDREW',
} as const;

export type ClosingReason = (typeof ClosingReason)[keyof typeof ClosingReason];

export const CLOSING_REASONS: readonly ClosingReason[] = Object.values(ClosingReason);
