import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useLocation, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { legalBasisRecordedFor } from '../../legal-bases/utils/recorded-notice';
import { useFamilyInvolvements } from '../hooks/use-family-involvements';
import { orderInvolvements } from '../utils/involvement-order';
import { ManagedInvolvement } from './managed-involvement';

/** /gezinnen/:familyId/betrokkenen — the regisseur invites, ends, and records sharing without consent. */
export function InvolvementsPage() {
  const { t } = useTranslation('involvements');
  const { familyId = '' } = useParams();
  const recordedFor = legalBasisRecordedFor(useLocation().state);
  const { family, loading, error, refetch } = useFamilyInvolvements(familyId);
  usePageTitle(family ? t('manage.pageTitle', { family: family.name }) : t('manage.title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlan, { familyId })}>{t('manage.backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('manage.pageTitle', { family: family.name })}</Heading>
      {recordedFor && (
        <Alert type="ok" role="status">
          <Paragraph>{t('manage.legalBasisRecorded', { name: recordedFor })}</Paragraph>
        </Alert>
      )}
      {!family.myRelation.isRegisseur ? (
        <Paragraph>{t('manage.notRegisseur')}</Paragraph>
      ) : (
        <>
          <Paragraph purpose="lead">{t('manage.intro')}</Paragraph>
          <Paragraph>
            <RouterLink to={generatePath(PATHS.inviteInvolvement, { familyId })}>{t('manage.invite')}</RouterLink>
          </Paragraph>
          <ul className="involvements involvements--managed">
            {orderInvolvements(family.involvements).map((involvement) => (
              <ManagedInvolvement
                key={involvement.id}
                familyId={familyId}
                involvement={involvement}
                members={family.members}
                legalBases={family.legalBases.filter((basis) => basis.recipientInvolvementId === involvement.id)}
                isMine={involvement.id === family.myRelation.involvementId}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
