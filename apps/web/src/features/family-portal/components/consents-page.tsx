import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { useConsents } from '../hooks/use-consents';
import { ConsentCard } from './consent-card';
import { FamilyPortalFrame } from './family-portal-frame';
import { InstitutionAuthorityNotice } from './institution-authority-notice';

/** "Toestemming": what the family agreed to share and with whom, and the way to withdraw it. */
export function ConsentsPage() {
  const { t } = useTranslation('familyPortal');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useConsents(familyId);
  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const memberId = family.myRelation.memberId ?? '';
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt);
  const regisseurName = regisseur?.professionalName ?? t('yourRegisseur');
  return (
    <FamilyPortalFrame family={family} title={t('consents.title')}>
      <Paragraph purpose="lead">{t('consents.intro')}</Paragraph>
      <Paragraph>{t('consents.always', { regisseur: regisseurName })}</Paragraph>
      <InstitutionAuthorityNotice family={family} memberId={memberId} />
      {family.closedAt && <Paragraph>{t('consents.planClosed')}</Paragraph>}
      <UnsavedChangesGuard>
        {family.consents.length === 0 ? (
          <Paragraph>{t('consents.empty', { regisseur: regisseurName })}</Paragraph>
        ) : (
          <ul className="bare-list portal-cards">
            {family.consents.map((consent) => (
              <ConsentCard key={consent.id} consent={consent} family={family} memberId={memberId} />
            ))}
          </ul>
        )}
      </UnsavedChangesGuard>
    </FamilyPortalFrame>
  );
}
