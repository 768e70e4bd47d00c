import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../shared/components/page-loading';
import { useMyOverview } from '../hooks/use-my-overview';
import { CalendarLink } from './calendar-link';
import { ClosedPlansList } from './closed-plans-list';
import { MyFamiliesList } from './my-families-list';
import { OverviewItemList } from './overview-item-list';
import { OverviewSection } from './overview-section';
import { StalledPlansList } from './stalled-plans-list';

/**
 * A professional's day: their families, and what needs attention. The
 * regisseur's lists (overdue agreements, evaluations due, stalled plans)
 * appear only for someone who is regisseur of at least one family.
 */
export function OverviewPanel() {
  const { t } = useTranslation('overview');
  const { overview, loading, error, refetch } = useMyOverview();
  if (loading) return <PageLoading />;
  if (!overview) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('unavailable')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('retry')}
        </Button>
      </Alert>
    );
  }
  const isRegisseur = overview.involvements.some((involvement) => involvement.isRegisseur);
  return (
    <div className="overview">
      {error && <Paragraph role="status">{t('outdated')}</Paragraph>}
      <CalendarLink />
      <OverviewSection title={t('families.title')} emptyText={t('families.empty')} isEmpty={overview.involvements.length === 0}>
        <MyFamiliesList involvements={overview.involvements} />
      </OverviewSection>
      {isRegisseur && (
        <>
          <OverviewSection
            title={t('attention.title')}
            description={t('attention.description')}
            emptyText={t('attention.empty')}
            isEmpty={overview.agreementsNeedingAttention.length === 0}
          >
            <OverviewItemList items={overview.agreementsNeedingAttention} kind="agreement" />
          </OverviewSection>
          <OverviewSection
            title={t('evaluations.title')}
            emptyText={t('evaluations.empty')}
            isEmpty={overview.evaluationsDue.length === 0}
          >
            <OverviewItemList items={overview.evaluationsDue} kind="evaluation" />
          </OverviewSection>
          <OverviewSection
            title={t('stalled.title')}
            description={t('stalled.description')}
            emptyText={t('stalled.empty')}
            isEmpty={overview.stalledPlans.length === 0}
          >
            <StalledPlansList plans={overview.stalledPlans} />
          </OverviewSection>
        </>
      )}
      <OverviewSection
        title={t('myAgreements.title')}
        description={t('myAgreements.description')}
        emptyText={t('myAgreements.empty')}
        isEmpty={overview.myOpenAgreements.length === 0}
      >
        <OverviewItemList items={overview.myOpenAgreements} kind="agreement" />
      </OverviewSection>
      {/* Shown once there is one: most professionals have no closed plan to look back on. */}
      {overview.closedPlans.length > 0 && (
        <OverviewSection title={t('closed.title')} description={t('closed.description')} emptyText="" isEmpty={false}>
          <ClosedPlansList plans={overview.closedPlans} />
        </OverviewSection>
      )}
    </div>
  );
}
