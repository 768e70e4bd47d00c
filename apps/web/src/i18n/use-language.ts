import { useTranslation } from 'react-i18next';
import { saveLanguagePreference } from './language-preference';
import { DEFAULT_LANGUAGE, isLanguage, Language } from './languages';

/** The interface language, and a way to switch it that this browser remembers. */
export function useLanguage(): { language: Language; changeLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const changeLanguage = async (next: Language) => {
    saveLanguagePreference(next);
    await i18n.changeLanguage(next);
  };
  return { language, changeLanguage };
}
