const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar shows whole weeks, Monday to Sunday; at most this many. */
export const MAX_CALENDAR_WEEKS = 12;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a calendar of `weeks` weeks covers from `today` (YYYY-MM-DD): from
 * the Monday of this week to the Sunday of the last week, both included.
 */
export function calendarSpan(today: string, weeks: number): { from: string; until: string } {
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = shift(today, -weekday);
  return { from, until: shift(from, weeks * 7 - 1) };
}
