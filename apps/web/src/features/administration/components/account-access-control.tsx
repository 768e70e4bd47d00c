import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { FormProblem, FormProblemAlert } from '../../../shared/forms';
import { useSetAccountDisabled } from '../hooks/use-set-account-disabled';

type Problem = Exclude<FormProblem<never>, { kind: 'fields' }>;

interface AccountAccessControlProps {
  account: ManagedAccountFieldsFragment;
}

/**
 * Disabling an account, or enabling it again, after a question that says what
 * it means: disabling ends the person's sessions at once, on every device.
 */
export function AccountAccessControl({ account }: AccountAccessControlProps) {
  const { t } = useTranslation('administration');
  const { setDisabled, saving } = useSetAccountDisabled();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<'disabled' | 'enabled' | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const questionId = useId();
  const isDisabled = Boolean(account.disabledAt);
  const name = account.displayName;
  const confirmKey = isDisabled ? 'confirmEnable' : 'confirmDisable';

  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus.current) toggle.current?.focus();
    returnFocus.current = false;
  }, [asking]);
  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done]);

  const cancel = () => {
    setAsking(false);
    setProblem(null);
    // Back where the person started, rather than at the top of the page.
    returnFocus.current = true;
  };

  const confirm = async () => {
    if (saving) return;
    setProblem(null);
    const result = await setDisabled(account.id, !isDisabled);
    if (result === null) {
      setAsking(false);
      setDone(isDisabled ? 'enabled' : 'disabled');
    } else if (result.kind !== 'fields') {
      setProblem(result);
    } else {
      setProblem({ kind: 'unavailable' });
    }
  };

  return (
    <div className="account-access">
      {asking ? (
        <section className="account-access__question" aria-labelledby={questionId}>
          <Heading level={4} appearanceLevel={5} id={questionId} ref={question} tabIndex={-1}>
            {t(`access.${confirmKey}.title`, { name })}
          </Heading>
          <Paragraph>{t(`access.${confirmKey}.message`, { name })}</Paragraph>
          {isDisabled && !account.activated && <Paragraph>{t('access.confirmEnable.notActivated', { name })}</Paragraph>}
          {problem && (
            <FormProblemAlert problem={problem.kind} message={problem.kind === 'busy' ? undefined : t(`access.problems.${problem.kind}`)} />
          )}
          <div className="kit-form__actions">
            <Button type="button" appearance="primary-action-button" busy={saving} onClick={() => void confirm()}>
              {saving ? t(`access.${confirmKey}.confirming`) : t(`access.${confirmKey}.confirm`)}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={cancel}>
              {t('access.cancel')}
            </Button>
          </div>
        </section>
      ) : (
        <Button
          ref={toggle}
          type="button"
          appearance="secondary-action-button"
          aria-label={t(isDisabled ? 'access.enableLabel' : 'access.disableLabel', { name })}
          onClick={() => {
            setDone(null);
            setAsking(true);
          }}
        >
          {t(isDisabled ? 'access.enable' : 'access.disable')}
        </Button>
      )}
      <div role="status">
        {done && (
          <Paragraph ref={outcome} tabIndex={-1} className="account-access__outcome">
            {t(`access.${done}`, { name })}
          </Paragraph>
        )}
      </div>
    </div>
  );
}
