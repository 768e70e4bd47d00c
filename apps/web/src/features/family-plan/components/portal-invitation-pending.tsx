import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../shared/components/form-problem';
import { useResendPortalInvitation } from '../hooks/use-resend-portal-invitation';
import { PortalInvitee } from '../utils/portal-invitation';

type Problem = { kind: 'notInFamily' } | Exclude<FormProblem<never>, { kind: 'fields' }>;

interface PortalInvitationPendingProps {
  familyId: string;
  invitee: PortalInvitee;
  /** A fresh link went out. */
  onResent: () => void;
}

/**
 * Invited, but no password chosen yet: the way to a fresh link, when the first
 * one expired or went missing. The earlier links stop working, so no question
 * first: nothing is lost that the new link cannot give.
 */
export function PortalInvitationPending({ familyId, invitee, onResent }: PortalInvitationPendingProps) {
  const { t } = useTranslation('portalInvitation');
  const { resend, sending } = useResendPortalInvitation(familyId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const name = invitee.name;

  const send = async () => {
    if (sending) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    const result = await resend(invitee);
    if (result === null) onResent();
    else setProblem(result.kind === 'fields' ? { kind: 'notInFamily' } : result);
  };

  return (
    <>
      <Paragraph>{t('access.INVITED', { name })}</Paragraph>
      <Button
        type="button"
        appearance="subtle-button"
        busy={sending}
        aria-label={t('resend.label', { name })}
        onClick={() => void send()}
      >
        {sending ? t('resend.sending') : t('resend.button')}
      </Button>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(problem.kind === 'conflict' ? 'resend.conflict' : `problems.${problem.kind}`, { name })}</Paragraph>
        </Alert>
      )}
    </>
  );
}
