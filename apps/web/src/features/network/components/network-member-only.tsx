import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { NetworkSafetyPlanQuery } from '../../../graphql/generated/graphql';
import { PageLoading } from '../../../shared/components/page-loading';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { NotForYou } from '../../portal-shared/components/not-for-you';
import { portalPaths } from '../../portal-shared/portal-paths';
import { useNetworkSafetyPlan } from '../hooks/use-network-safety-plan';

type NetworkFamily = NonNullable<NetworkSafetyPlanQuery['family']>;

interface NetworkMemberOnlyProps {
  /** The page itself, for the network member of the family in the address. */
  children: (family: NetworkFamily, networkMemberId: string) => ReactNode;
}

/**
 * A page only the family's network members read (their part of the safety
 * plan, on screen or on paper): while it loads, when it fails, a family
 * member sent to their own portal, anyone else told it is not for them.
 */
export function NetworkMemberOnly({ children }: NetworkMemberOnlyProps) {
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
  return <>{children(family, networkMemberId)}</>;
}
