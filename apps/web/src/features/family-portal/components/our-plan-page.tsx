import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { useFamilyPlan } from '../hooks/use-family-plan';
import { FamilyPortalFrame } from './family-portal-frame';
import { OurPlan } from './our-plan';

/** "Ons plan": the family's own plan, to read, to comment on and to write in. */
export function OurPlanPage() {
  const { t } = useTranslation('familyPortal');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyPlan(familyId);
  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <FamilyPortalFrame family={family} title={t('plan.title')}>
      <UnsavedChangesGuard>
        <OurPlan family={family} memberId={family.myRelation.memberId ?? ''} />
      </UnsavedChangesGuard>
    </FamilyPortalFrame>
  );
}
