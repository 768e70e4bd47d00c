import { ActionGroup, Button, FormFieldTextarea, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblemAlert } from '../../../shared/forms';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { checkText, CaseFormProblem } from '../../../shared/components/form-problem';
import { useWithdrawConsent, WithdrawField } from '../hooks/use-consents';

const NOTE_LIMIT = 2000;

interface WithdrawConsentFormProps {
  consentId: string;
  /** Who may no longer see the information once it is withdrawn, in words. */
  recipients: string;
  onClose: (withdrawn: boolean) => void;
}

/** The confirmation before a consent is withdrawn: what it means, and an optional reason. */
export function WithdrawConsentForm({ consentId, recipients, onClose }: WithdrawConsentFormProps) {
  const { t } = useTranslation('familyPortal');
  const { withdraw, withdrawing } = useWithdrawConsent();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<CaseFormProblem<WithdrawField> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteInput = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  useUnsavedChanges(note.trim() !== '');

  // The question is what the person must read first.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (problem?.kind === 'fields') noteInput.current?.focus();
  }, [problem]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdrawing) return;
    setProblem(null);
    if (note.trim() !== '' && checkText(note, NOTE_LIMIT) === 'tooLong') {
      setProblem({ kind: 'fields', fields: { note: 'tooLong' } });
      return;
    }
    const result = await withdraw(consentId, note);
    setProblem(result);
    if (result === null) onClose(true);
  };

  const noteError = problem?.kind === 'fields' ? problem.fields.note : undefined;
  return (
    <form
      className="portal-form portal-confirm"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <Heading level={3} id={headingId} ref={heading} tabIndex={-1}>
        {t('consents.withdraw.title')}
      </Heading>
      <Paragraph>{t('consents.withdraw.consequence', { recipients })}</Paragraph>
      <Paragraph>{t('consents.withdraw.again')}</Paragraph>
      {problem && problem.kind !== 'fields' && <FormProblemAlert problem={problem.kind} audience="family" />}
      <FormFieldTextarea
        name="note"
        label={t('consents.withdraw.note')}
        description={t('consents.withdraw.noteHint')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={3}
        invalid={Boolean(noteError)}
        errorMessage={t('consents.withdraw.noteTooLong', { limit: NOTE_LIMIT })}
        inputRef={noteInput}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={withdrawing}>
          {withdrawing ? t('consents.withdraw.submitting') : t('consents.withdraw.confirm')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onClose(false)}>
          {t('consents.withdraw.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
}
