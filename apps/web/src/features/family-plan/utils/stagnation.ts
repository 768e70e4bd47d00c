/** Six weeks without any change to the plan count as stagnation (domain.md: "stagnation goes unnoticed"). */
export const STAGNATION_DAYS = 42;

const DAY_MS = 24 * 60 * 60 * 1000;

export function isStalled(lastPlanChangeAt: string, now: Date = new Date()): boolean {
  return now.getTime() - new Date(lastPlanChangeAt).getTime() >= STAGNATION_DAYS * DAY_MS;
}
