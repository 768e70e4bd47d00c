import { Language } from './languages';

/**
 * Dates and times are shown as they are in the Netherlands, whatever the
 * device's own time zone: agreements, evaluations and logbook entries are
 * about Dutch days and hours.
 */
const TIME_ZONE = 'Europe/Amsterdam';

// British English keeps the day-month order that Dutch readers expect.
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "23 november 2025" / "23 November 2025" */
export function formatDate(value: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: TIME_ZONE }).format(value);
}

/** "14:05" */
export function formatTime(value: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short', timeZone: TIME_ZONE }).format(value);
}
