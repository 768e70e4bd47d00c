import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useLegalBasisRecording } from '../hooks/use-legal-basis-recording';
import { isProtectiveTask } from '../utils/protective-task';
import { RecordLegalBasisForm } from './record-legal-basis-form';

/** /gezinnen/:familyId/betrokkenen/:involvementId/grondslag — sharing without consent, with the six steps documented. */
export function RecordLegalBasisPage() {
  const { t } = useTranslation('legalBases');
  const { familyId = '', involvementId = '' } = useParams();
  const { family, loading, error, refetch } = useLegalBasisRecording(familyId);
  const recipient = family?.involvements.find((involvement) => involvement.id === involvementId && !involvement.endedAt);
  usePageTitle(recipient ? t('record.pageTitle', { name: recipient.professionalName }) : t('record.title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const involvementsPath = generatePath(PATHS.familyInvolvements, { familyId });
  return (
    <>
      <Paragraph>
        <RouterLink to={involvementsPath}>{t('record.backToInvolvements', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{recipient ? t('record.pageTitle', { name: recipient.professionalName }) : t('record.title')}</Heading>
      {!family.myRelation.isRegisseur ? (
        <Paragraph>{t('record.notRegisseur')}</Paragraph>
      ) : !recipient ? (
        <Paragraph>{t('record.notActive')}</Paragraph>
      ) : !isProtectiveTask(recipient) ? (
        <Paragraph>
          {t('record.notProtective', { organisation: recipient.organisationName })}{' '}
          <RouterLink to={generatePath(PATHS.familyConsent, { familyId })}>{t('record.toConsent')}</RouterLink>
        </Paragraph>
      ) : (
        <>
          <Paragraph purpose="lead">{t('record.intro', { name: recipient.professionalName, organisation: recipient.organisationName })}</Paragraph>
          <RecordLegalBasisForm family={family} recipient={recipient} />
        </>
      )}
    </>
  );
}
