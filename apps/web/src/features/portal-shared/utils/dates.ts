import { formatDate } from '../../../i18n/format-date';
import { Language } from '../../../i18n/languages';

/**
 * A calendar day (YYYY-MM-DD) as a moment at noon UTC: noon lies on the same
 * day in the Netherlands in winter and in summer, so formatting it for
 * Europe/Amsterdam never moves it to the day before or after.
 */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "23 november 2025", for a calendar day (YYYY-MM-DD). */
export function formatDay(day: string, language: Language): string {
  return formatDate(dayAsDate(day), language);
}

/** A day before `today`; both YYYY-MM-DD, which sort as text. */
export function isBefore(day: string, today: string): boolean {
  return day < today;
}

// 1 January 2024 was a Monday: weekday n (1 Monday … 7 Sunday) is that day plus n - 1.
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "maandag" / "Monday", for weekday 1 (Monday) to 7 (Sunday) as the API numbers them. */
export function weekdayName(weekday: number, language: Language): string {
  const day = new Date(A_MONDAY + (weekday - 1) * DAY_MS);
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/** The first letter as a capital, for a weekday that starts a heading ("Maandag"). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
