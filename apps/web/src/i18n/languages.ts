/** The languages the interface is written in. Dutch first: it is the users' working language. */
export const LANGUAGES = ['nl', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A language's own name ("Nederlands", "English"), from the browser's locale
 * data rather than the translation files: a language is always offered in its
 * own words, whichever language the page is in.
 */
export function languageName(language: Language): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}
