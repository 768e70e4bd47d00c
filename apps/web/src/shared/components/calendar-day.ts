/**
 * Plan dates (by when, target date, roster date) are calendar days without a
 * time, written YYYY-MM-DD. Read at noon UTC they fall on the same day in the
 * Netherlands in summer and winter, so formatting never shifts them.
 */
export function calendarDayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
