import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { ResendLinkButton } from '../../../shared/components/resend-link-button';
import { useSendPasswordResetLink } from '../hooks/use-send-password-reset-link';

interface SendPasswordResetLinkProps {
  account: ManagedAccountFieldsFragment;
}

/** For an active account whose owner has forgotten the password: the old one works until a new one is chosen. */
export function SendPasswordResetLink({ account }: SendPasswordResetLinkProps) {
  const { t } = useTranslation('administration');
  const { resend, sending } = useSendPasswordResetLink();
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
        texts={{ label: t('passwordReset.label', { name }), button: t('passwordReset.button'), sending: t('passwordReset.sending') }}
        sending={sending}
        resend={() => {
          // Cleared first, so that the same message after a second attempt is announced again.
          setSent(false);
          return resend(account.id);
        }}
        onSent={() => setSent(true)}
        problemText={(problem) => t(`passwordReset.problems.${problem.kind === 'fields' ? 'unavailable' : problem.kind}`, { name })}
      />
      <div role="status">
        {sent && (
          <Paragraph ref={outcome} tabIndex={-1} className="account-access__outcome">
            {t('passwordReset.sent', { name, email: account.email })}
          </Paragraph>
        )}
      </div>
    </div>
  );
}
