import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ResendLinkButton } from '../../../shared/components/resend-link-button';
import { useResendPortalInvitation } from '../hooks/use-resend-portal-invitation';
import { PortalInvitee } from '../utils/portal-invitation';

interface PortalInvitationPendingProps {
  familyId: string;
  invitee: PortalInvitee;
  /** A fresh link went out. */
  onResent: () => void;
}

/** Invited, but no password chosen yet: the way to a fresh link. */
export function PortalInvitationPending({ familyId, invitee, onResent }: PortalInvitationPendingProps) {
  const { t } = useTranslation('portalInvitation');
  const { resend, sending } = useResendPortalInvitation(familyId);
  const name = invitee.name;

  return (
    <>
      <Paragraph>{t('access.INVITED', { name })}</Paragraph>
      <ResendLinkButton
        appearance="subtle-button"
        texts={{ label: t('resend.label', { name }), button: t('resend.button'), sending: t('resend.sending') }}
        sending={sending}
        resend={() => resend(invitee)}
        onSent={onResent}
        problemText={(problem) =>
          problem.kind === 'conflict'
            ? t('resend.conflict', { name })
            : // A rejected member is one no longer in the family.
              t(`problems.${problem.kind === 'fields' ? 'notInFamily' : problem.kind}`, { name })
        }
      />
    </>
  );
}
