import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PortalFamilyDocument } from '../../../graphql/generated/graphql';
import { PageLoading } from '../../../shared/components/page-loading';
import { EmailFrequencyForm } from '../../notifications/components/email-frequency-form';
import { NotificationList } from '../../notifications/components/notification-list';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { FamilyPortalFrame } from './family-portal-frame';

/** "Meldingen" in the family portal: what happened in our plan, in plain words, and whether an e-mail comes too. */
export function PortalNotificationsPage() {
  const { t } = useTranslation('familyPortal');
  const { familyId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PortalFamilyDocument, { variables: { familyId }, fetchPolicy: 'cache-and-network' });
  const family = data?.family;
  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <FamilyPortalFrame family={family} title={t('notifications.title')}>
      <Paragraph purpose="lead">{t('notifications.intro')}</Paragraph>
      <NotificationList />
      <Heading level={2}>{t('notifications.emailTitle')}</Heading>
      <EmailFrequencyForm />
    </FamilyPortalFrame>
  );
}
