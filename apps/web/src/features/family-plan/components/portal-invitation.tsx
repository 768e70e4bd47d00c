import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortalInvitee } from '../utils/portal-invitation';
import { PortalInvitationForm } from './portal-invitation-form';
import { PortalInvitationPending } from './portal-invitation-pending';

type Outcome = { kind: 'invited'; email: string } | { kind: 'resent' };

interface PortalInvitationProps {
  familyId: string;
  invitee: PortalInvitee;
}

/**
 * For the regisseur: where a family member of 12 or over, or a network member,
 * stands with the family portal. Without an account they can be invited; they
 * then receive an e-mail to choose a password, and can get a fresh link until they do.
 */
export function PortalInvitation({ familyId, invitee }: PortalInvitationProps) {
  const { t } = useTranslation('portalInvitation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const name = invitee.name;
  useEffect(() => {
    if (outcome) message.current?.focus();
  }, [outcome]);

  // Unknown counts as none: the API decides. Someone just invited waits for their password until the page knows it.
  const known = invitee.portalAccess ?? 'NONE';
  const access = outcome && known === 'NONE' ? 'INVITED' : known;
  return (
    <div className="portal-invitation">
      {access === 'NONE' && (
        <PortalInvitationForm familyId={familyId} invitee={invitee} onInvited={(email) => setOutcome({ kind: 'invited', email })} />
      )}
      {access === 'INVITED' && (
        <PortalInvitationPending familyId={familyId} invitee={invitee} onResent={() => setOutcome({ kind: 'resent' })} />
      )}
      {(access === 'ACTIVE' || access === 'DISABLED') && <Paragraph>{t(`access.${access}`, { name })}</Paragraph>}
      <div role="status">
        {outcome && (
          <Paragraph ref={message} tabIndex={-1} className="portal-invitation__sent">
            {outcome.kind === 'invited' ? t('sent', { name, email: outcome.email }) : t('resend.sent', { name })}
          </Paragraph>
        )}
      </div>
    </div>
  );
}
