import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useMySignals } from '../hooks/use-my-signals';
import { subjectName } from '../utils/match-view';
import { StartPlanForm } from './start-plan-form';

/** /signalen/:subjectId/gezinsplan-starten — one family plan from the match on a young person I signalled. */
export function StartPlanPage() {
  const { t } = useTranslation('signals');
  const { subjectId = '' } = useParams();
  const { matches, loading, error, refetch } = useMySignals();
  const match = matches?.find((candidate) => candidate.subject.id === subjectId) ?? null;
  usePageTitle(match ? t('startPlan.pageTitle', { name: subjectName(match.subject) }) : t('startPlan.title'));
  if (loading) return <PageLoading />;
  if (!matches) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.signals}>{t('startPlan.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{match ? t('startPlan.pageTitle', { name: subjectName(match.subject) }) : t('startPlan.title')}</Heading>
      {!match ? (
        <Paragraph>{t('startPlan.notFound')}</Paragraph>
      ) : !match.isMatch ? (
        <Paragraph>{t('startPlan.noMatch')}</Paragraph>
      ) : (
        <>
          <Paragraph purpose="lead">{t('startPlan.intro')}</Paragraph>
          <StartPlanForm match={match} />
        </>
      )}
    </>
  );
}
