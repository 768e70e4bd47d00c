import { ActionGroup, Button, Heading, HeadingLevel, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawSignal } from '../hooks/use-withdraw-signal';

interface WithdrawSignalProps {
  signalId: string;
  /** The young person's name, to say whose signal ends. */
  name: string;
  /** The question is a heading at this level, inside the young person's card. */
  headingLevel: HeadingLevel;
  onWithdrawn: () => void;
}

/** Withdrawing my signal, after a question in place that says what it means. */
export function WithdrawSignal({ signalId, name, headingLevel, onWithdrawn }: WithdrawSignalProps) {
  const { t } = useTranslation('signals');
  const { withdraw, withdrawing } = useWithdrawSignal();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const headingId = useId();

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async () => {
    if (withdrawing) return;
    setFailure(null);
    const problem = await withdraw(signalId);
    if (problem) setFailure(problem);
    else onWithdrawn();
  };

  if (!asking) {
    return (
      <Button ref={opener} appearance="secondary-action-button" onClick={() => setAsking(true)}>
        {t('match.withdraw')}
      </Button>
    );
  }
  return (
    <div className="withdraw-signal" role="group" aria-labelledby={headingId}>
      <Heading level={headingLevel} appearanceLevel={5} id={headingId} ref={question} tabIndex={-1}>
        {t('withdraw.title', { name })}
      </Heading>
      <Paragraph>{t('withdraw.message')}</Paragraph>
      {failure && (
        <Paragraph role="alert" className="form-failure">
          {t(`withdraw.problems.${failure}`)}
        </Paragraph>
      )}
      <ActionGroup>
        <Button appearance="primary-action-button" busy={withdrawing} onClick={() => void confirm()}>
          {withdrawing ? t('withdraw.confirming') : t('withdraw.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('withdraw.cancel')}
        </Button>
      </ActionGroup>
    </div>
  );
}
