import { Button, FormFieldTextarea, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useWithdrawConsent } from '../hooks/use-withdraw-consent';
import { inputValue } from '../../../shared/components/input-value';

interface WithdrawConsentFormProps {
  consentId: string;
  onDone: (withdrawn: boolean) => void;
}

/** Withdrawing ends the access the consent gave at once; a note says why. */
export function WithdrawConsentForm({ consentId, onDone }: WithdrawConsentFormProps) {
  const { t } = useTranslation('consent');
  const { withdraw, withdrawing } = useWithdrawConsent();
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useUnsavedChanges(note.trim() !== '');

  useEffect(() => {
    noteRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing) return;
    setFailed(false);
    if (await withdraw(consentId, note)) onDone(true);
    else setFailed(true);
  };

  return (
    <form className="plan-form plan-form--inline" noValidate onSubmit={(event) => void submit(event)}>
      {failed && (
        <Paragraph role="alert" className="form-failure">
          {t('withdraw.failed')}
        </Paragraph>
      )}
      <Paragraph>{t('withdraw.explanation')}</Paragraph>
      <FormFieldTextarea
        name="note"
        label={t('withdraw.noteLabel')}
        value={note}
        rows={3}
        inputRef={noteRef}
        onChange={(event) => setNote(inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={withdrawing}>
          {t('withdraw.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('withdraw.cancel')}
        </Button>
      </div>
    </form>
  );
}
