import { useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { useFamilyPlan } from '../../family-plan/hooks/use-family-plan';
import { FamilyPlanPrint } from './family-plan-print';

/**
 * /gezinnen/:familyId/afdrukken — the plan on paper for a professional. It
 * reads the plan page's own query, so the paper holds exactly what the API
 * lets this reader see.
 */
export function FamilyPlanPrintPage() {
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyPlan(familyId);
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return <FamilyPlanPrint family={family} />;
}
