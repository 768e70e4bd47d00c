import i18next, { i18n } from 'i18next';
import { DEFAULT_LANGUAGE, Language, LANGUAGES } from './languages';
import { NAMESPACES, resources } from './resources';

/**
 * An i18next instance with every text bundled: the texts are small, and a page
 * that waits for a translation file would first flash untranslated keys.
 * `<html lang>` follows the language, so that screen readers pronounce it right.
 */
export async function createI18n(language: Language = DEFAULT_LANGUAGE): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (current) => {
    document.documentElement.lang = current;
  });
  await instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders; escaping here as well would show "&amp;".
    interpolation: { escapeValue: false },
  });
  return instance;
}
