import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useFamilyPlan } from '../hooks/use-family-plan';
import { FamilyPlanView } from './family-plan-view';

/** /gezinnen/:familyId — one family's plan, for a professional involved with it. */
export function FamilyPlanPage() {
  const { t } = useTranslation('familyPlan');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyPlan(familyId);
  usePageTitle(family?.name ?? t('title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return <FamilyPlanView family={family} />;
}
