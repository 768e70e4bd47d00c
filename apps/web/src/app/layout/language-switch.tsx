import { LanguageNavigation } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { languageName, LANGUAGES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      <LanguageNavigation.Root selectedLanguage={languageName(language)}>
        <LanguageNavigation.Trigger>
          <span className="visually-hidden">{t('language.choose')} </span>
          {languageName(language)}
        </LanguageNavigation.Trigger>
        <LanguageNavigation.Content>
          {LANGUAGES.map((option) => (
            <LanguageNavigation.Item
              key={option}
              lang={option}
              languageName={languageName(option)}
              onClick={() => void changeLanguage(option)}
            />
          ))}
        </LanguageNavigation.Content>
      </LanguageNavigation.Root>
    </nav>
  );
}
