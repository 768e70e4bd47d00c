import { isLanguage, Language } from './languages';

const STORAGE_KEY = 'gezinsplan.language';

/** The language this browser chose before, if any. */
export function readLanguagePreference(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be blocked by browser settings; the default language then applies.
    return null;
  }
}

export function saveLanguagePreference(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the page is reloaded, which is acceptable.
  }
}
