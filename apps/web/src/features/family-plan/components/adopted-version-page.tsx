import { dutchToday } from '@gezinsplan/domain';
import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useAdoptedVersion } from '../hooks/use-adopted-version';
import { planSections } from '../utils/plan-sections';
import { PlanSectionsView } from './plan-sections-view';
import { PlanView, PlanViewProvider } from './plan-view-context';

/** /gezinnen/:familyId/versies/:number — the plan as it was adopted, to read, never to change. */
export function AdoptedVersionPage() {
  const { t } = useTranslation('familyPlan');
  const { familyId = '', number = '' } = useParams();
  const { family, loading, error, refetch } = useAdoptedVersion(familyId, Number(number));
  const version = family?.adoptedVersion;
  const sections = useMemo(() => planSections(version?.items ?? []), [version]);
  const view = useMemo<PlanView>(
    () => ({
      members: family?.members ?? [],
      goals: sections.goals,
      responsesByTarget: sections.responsesByTarget,
      today: dutchToday(),
      editor: null,
    }),
    [family, sections],
  );
  usePageTitle(family && version ? t('version.title', { family: family.name, number: version.number }) : t('title'));
  if (loading) return <PageLoading />;
  if (!family || !version) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlan, { familyId })}>{t('version.backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('version.title', { family: family.name, number: version.number })}</Heading>
      <Paragraph purpose="lead">
        {t('version.adoptedBy', { name: version.adoptedByName })} <FormattedMoment at={version.adoptedAt} withTime />
      </Paragraph>
      {version.note && <Paragraph className="plan-text">{version.note}</Paragraph>}
      <Alert type="info">
        <Paragraph>{t('version.explanation')}</Paragraph>
      </Alert>
      <PlanViewProvider value={view}>
        <PlanSectionsView sections={sections} />
      </PlanViewProvider>
    </>
  );
}
