import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useFamilyInvolvements } from '../hooks/use-family-involvements';
import { Invitation } from '../hooks/use-invite-involvement';
import { InvitationOutcome } from './invitation-outcome';
import { InviteInvolvementForm } from './invite-involvement-form';

/** /gezinnen/:familyId/betrokkenen/uitnodigen — the regisseur invites a professional for a concrete task. */
export function InviteInvolvementPage() {
  const { t } = useTranslation('involvements');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyInvolvements(familyId);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  usePageTitle(family ? t('invite.pageTitle', { family: family.name }) : t('invite.title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const invited = family.involvements.find((involvement) => involvement.id === invitation?.involvementId);
  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyInvolvements, { familyId })}>{t('invite.backToInvolvements')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('invite.pageTitle', { family: family.name })}</Heading>
      {!family.myRelation.isRegisseur ? (
        <Paragraph>{t('manage.notRegisseur')}</Paragraph>
      ) : invited ? (
        <InvitationOutcome
          family={family}
          invited={invited}
          toldAfterwards={invitation?.toldAfterwards ?? false}
          onInviteAnother={() => setInvitation(null)}
        />
      ) : (
        <>
          <Paragraph purpose="lead">{t('invite.intro')}</Paragraph>
          <InviteInvolvementForm family={family} onInvited={setInvitation} />
        </>
      )}
    </>
  );
}
