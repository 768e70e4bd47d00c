import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { FormProblem } from '../../../shared/components/form-problem';
import { useResendActivationLink } from '../hooks/use-resend-activation-link';

type Problem = Exclude<FormProblem<never>, { kind: 'fields' }>;

interface ResendActivationLinkProps {
  account: ManagedAccountFieldsFragment;
}

/**
 * For an account whose owner has not chosen a password: a new e-mail with a
 * fresh link, when the first one expired or went missing. The earlier links
 * stop working, so no question first: nothing is lost that a new link cannot give.
 */
export function ResendActivationLink({ account }: ResendActivationLinkProps) {
  const { t } = useTranslation('administration');
  const { resend, sending } = useResendActivationLink();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const outcome = useRef<HTMLParagraphElement>(null);
  const name = account.displayName;

  useEffect(() => {
    if (sent) outcome.current?.focus();
  }, [sent]);

  const send = async () => {
    if (sending) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    setSent(false);
    const result = await resend(account.id);
    if (result === null) setSent(true);
    else setProblem(result.kind === 'fields' ? { kind: 'unavailable' } : result);
  };

  return (
    <div className="account-resend">
      <Button
        type="button"
        appearance="secondary-action-button"
        busy={sending}
        aria-label={t('resend.label', { name })}
        onClick={() => void send()}
      >
        {sending ? t('resend.sending') : t('resend.button')}
      </Button>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`resend.problems.${problem.kind}`, { name })}</Paragraph>
        </Alert>
      )}
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
