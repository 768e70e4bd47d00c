import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Navigate, useParams } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { PageLoading } from '../../../shared/components/page-loading';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { portalPaths } from '../../portal-shared/portal-paths';
import { useNetworkSafetyPlan } from '../hooks/use-network-safety-plan';
import { NetworkSafetyPlan } from './network-safety-plan';

function NotForYou({ familyId, professional }: { familyId: string; professional: boolean }) {
  const { t } = useTranslation('network');
  usePageTitle(t('notForYou.title'));
  return (
    <>
      <Heading level={1}>{t('notForYou.title')}</Heading>
      <Paragraph>{t('notForYou.message')}</Paragraph>
      <Paragraph>
        <RouterLink to={professional ? generatePath(PATHS.familyPlan, { familyId }) : PATHS.home}>
          {professional ? t('notForYou.professionalLink') : t('notForYou.homeLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** A network member's page: their part of the family's safety plan. */
export function NetworkPage() {
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useNetworkSafetyPlan(familyId);
  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const { type, networkMemberId } = family.myRelation;
  if (type === 'FAMILY_MEMBER') return <Navigate to={portalPaths.plan(family.id)} replace />;
  if (type !== 'NETWORK_MEMBER' || !networkMemberId) {
    return <NotForYou familyId={family.id} professional={type === 'PROFESSIONAL'} />;
  }
  return (
    <UnsavedChangesGuard>
      <NetworkSafetyPlan family={family} networkMemberId={networkMemberId} />
    </UnsavedChangesGuard>
  );
}
