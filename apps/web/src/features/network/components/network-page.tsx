import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { NotForYou } from '../../portal-shared/components/not-for-you';
import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { portalPaths } from '../../portal-shared/portal-paths';
import { useNetworkSafetyPlan } from '../hooks/use-network-safety-plan';
import { NetworkSafetyPlan } from './network-safety-plan';

/** A network member's page: their part of the family's safety plan. */
export function NetworkPage() {
  const { t } = useTranslation('network');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useNetworkSafetyPlan(familyId);
  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const { type, networkMemberId } = family.myRelation;
  if (type === 'FAMILY_MEMBER') return <Navigate to={portalPaths.plan(family.id)} replace />;
  if (type !== 'NETWORK_MEMBER' || !networkMemberId) {
    const texts = { title: t('notForYou.title'), message: t('notForYou.message'), professionalLink: t('notForYou.professionalLink'), homeLink: t('notForYou.homeLink') };
    return <NotForYou familyId={family.id} professional={type === 'PROFESSIONAL'} texts={texts} />;
  }
  return (
    <UnsavedChangesGuard>
      <NetworkSafetyPlan family={family} networkMemberId={networkMemberId} />
    </UnsavedChangesGuard>
  );
}
