import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment, ResendActivationLinkDocument, SendPasswordResetLinkDocument } from '../../../graphql/generated/graphql';
import { ResendLinkButton } from '../../../shared/components/resend-link-button';
import { AccountLinkDocument, useSendAccountLink } from '../hooks/use-send-account-link';

/**
 * The links an administrator can send: a fresh activation link to an owner
 * who has not chosen a password yet (`resend`), or a reset link to an active
 * owner who has forgotten it (`passwordReset`; the old one works until a new
 * one is chosen). Each names its texts in the administration messages.
 */
const LINKS = {
  resend: ResendActivationLinkDocument,
  passwordReset: SendPasswordResetLinkDocument,
} as const satisfies Record<string, AccountLinkDocument>;

interface SendAccountLinkProps {
  account: ManagedAccountFieldsFragment;
  link: keyof typeof LINKS;
}

/** One button that e-mails the account's owner a link, and says where it went. */
export function SendAccountLink({ account, link }: SendAccountLinkProps) {
  const { t } = useTranslation('administration');
  const { send, sending } = useSendAccountLink(LINKS[link]);
  const [sent, setSent] = useState(false);
  const outcome = useRef<HTMLParagraphElement>(null);
  const name = account.displayName;

  useEffect(() => {
    if (sent) outcome.current?.focus();
  }, [sent]);

  return (
    <div className="account-resend">
      <ResendLinkButton
        appearance="secondary-action-button"
        texts={{ label: t(`${link}.label`, { name }), button: t(`${link}.button`), sending: t(`${link}.sending`) }}
        sending={sending}
        resend={() => {
          // Cleared first, so that the same message after a second attempt is announced again.
          setSent(false);
          return send(account.id);
        }}
        onSent={() => setSent(true)}
        problemText={(problem) => t(`${link}.problems.${problem.kind === 'fields' ? 'unavailable' : problem.kind}`, { name })}
      />
      <div role="status">
        {sent && (
          <Paragraph ref={outcome} tabIndex={-1} className="account-access__outcome">
            {t(`${link}.sent`, { name, email: account.email })}
          </Paragraph>
        )}
      </div>
    </div>
  );
}
