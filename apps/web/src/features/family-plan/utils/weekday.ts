import { Language } from '../../../i18n/languages';

// 1 January 2024 was a Monday.
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The roster's weekday, 1 (Monday) to 7 (Sunday), by name: "maandag" / "Monday". */
export function weekdayName(weekday: number, language: Language): string {
  const day = new Date(A_MONDAY + (weekday - 1) * DAY_MS);
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(day);
}
