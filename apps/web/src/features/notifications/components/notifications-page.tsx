import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { NotificationList } from './notification-list';

/** /meldingen — what happened in my families, newest first, and the way to the e-mail setting. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>
        <RouterLink to={PATHS.notificationSettings}>{t('settingsLink')}</RouterLink>
      </Paragraph>
      <NotificationList />
    </>
  );
}
