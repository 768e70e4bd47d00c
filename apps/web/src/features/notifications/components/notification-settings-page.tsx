import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { EmailFrequencyForm } from './email-frequency-form';

/** /meldingen/instellingen — whether notifications also come by e-mail: at once, once a day, or not. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('settings.title'));
  return (
    <>
      <Heading level={1}>{t('settings.title')}</Heading>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <EmailFrequencyForm />
      <Paragraph>
        <RouterLink to={PATHS.notifications}>{t('settings.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
