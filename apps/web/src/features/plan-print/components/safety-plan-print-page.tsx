import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { useNetworkSafetyPlan } from '../../network/hooks/use-network-safety-plan';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { NotForYou } from '../../portal-shared/components/not-for-you';
import { portalPaths } from '../../portal-shared/portal-paths';
import { SafetyPlanPrint } from './safety-plan-print';

/** /netwerk/:familyId/afdrukken — a network member's safety plan on paper. */
export function SafetyPlanPrintPage() {
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
  return <SafetyPlanPrint family={family} networkMemberId={networkMemberId} />;
}
