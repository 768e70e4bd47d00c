import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { ACCESS_LOG_LIMIT, useFamilyAccessLog } from '../hooks/use-family-access-log';
import { AccessLogList } from './access-log-list';

/** /gezinnen/:familyId/toegang — for the regisseur: who read or changed this family's information, and on which basis. */
export function AccessLogPage() {
  const { t } = useTranslation('familyPlan');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyAccessLog(familyId);
  usePageTitle(family ? t('accessLog.title', { family: family.name }) : t('accessLog.titleShort'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlan, { familyId })}>{t('version.backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('accessLog.title', { family: family.name })}</Heading>
      <Paragraph purpose="lead">{t('accessLog.intro')}</Paragraph>
      {family.accessLog.length === ACCESS_LOG_LIMIT && (
        <Paragraph>{t('accessLog.limited', { count: ACCESS_LOG_LIMIT })}</Paragraph>
      )}
      <AccessLogList entries={family.accessLog} />
    </>
  );
}
