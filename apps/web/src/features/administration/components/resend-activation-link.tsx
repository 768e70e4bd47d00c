import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { ResendLinkButton } from '../../../shared/components/resend-link-button';
import { useResendActivationLink } from '../hooks/use-resend-activation-link';

interface ResendActivationLinkProps {
  account: ManagedAccountFieldsFragment;
}

/** For an account whose owner has not chosen a password yet. */
export function ResendActivationLink({ account }: ResendActivationLinkProps) {
  const { t } = useTranslation('administration');
  const { resend, sending } = useResendActivationLink();
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
        texts={{ label: t('resend.label', { name }), button: t('resend.button'), sending: t('resend.sending') }}
        sending={sending}
        resend={() => {
          // Cleared first, so that the same message after a second attempt is announced again.
          setSent(false);
          return resend(account.id);
        }}
        onSent={() => setSent(true)}
        problemText={(problem) => t(`resend.problems.${problem.kind === 'fields' ? 'unavailable' : problem.kind}`, { name })}
      />
      <div role="status">
        {sent && (
          <Paragraph ref={outcome} tabIndex={-1} className="account-access__outcome">
            {t('resend.sent', { name, email: account.email })}
          </Paragraph>
        )}
      </div>
    </div>
  );
}
