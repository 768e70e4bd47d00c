import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useRegisseurHandover } from '../hooks/use-regisseur-handover';
import { handoverCandidates } from '../utils/involvement-order';
import { HandoverForm } from './handover-form';
import { HandoverProposalStatus } from './handover-proposal-status';

/** The regisseur proposes another involved professional as regisseur, with a note; the role moves when they accept. */
export function HandoverPage() {
  const { t } = useTranslation('involvements');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useRegisseurHandover(familyId);
  usePageTitle(family ? t('handover.pageTitle', { family: family.name }) : t('handover.title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const planPath = generatePath(PATHS.familyPlan, { familyId });
  const candidates = handoverCandidates(family.involvements, family.myRelation.involvementId);
  return (
    <>
      <Paragraph>
        <RouterLink to={planPath}>{t('handover.backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('handover.pageTitle', { family: family.name })}</Heading>
      {!family.myRelation.isRegisseur ? (
        <Paragraph>{t('handover.notRegisseur')}</Paragraph>
      ) : family.openRegisseurHandover ? (
        <HandoverProposalStatus proposal={family.openRegisseurHandover} />
      ) : candidates.length === 0 ? (
        <Paragraph>{t('handover.noCandidates')}</Paragraph>
      ) : (
        <>
          <Paragraph purpose="lead">{t('handover.intro')}</Paragraph>
          <HandoverForm familyId={familyId} familyName={family.name} candidates={candidates} />
        </>
      )}
    </>
  );
}
