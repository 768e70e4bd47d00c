import { Button, FormFieldTextInput, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { FormProblemAlert } from '../../../shared/forms';
import { useRecordFamilyInformed } from '../hooks/use-record-family-informed';
import { checkInformedAt, LegalBasisReason, momentOfLocalInput } from '../utils/legal-basis-draft';

interface FamilyInformedFormProps {
  legalBasisId: string;
  onDone: (saved: boolean) => void;
}

/** The family was told about the sharing afterwards: when. */
export function FamilyInformedForm({ legalBasisId, onDone }: FamilyInformedFormProps) {
  const { t } = useTranslation('legalBases');
  const { recordInformed, recordingInformed } = useRecordFamilyInformed();
  const [informedAt, setInformedAt] = useState('');
  const [reason, setReason] = useState<LegalBasisReason | null>(null);
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useUnsavedChanges(informedAt !== '');

  useEffect(() => {
    field.current?.focus();
  }, [reason]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recordingInformed) return;
    setFailure(null);
    const checked = checkInformedAt(informedAt, new Date());
    setReason(checked);
    const moment = momentOfLocalInput(informedAt);
    if (checked || !moment) return;
    const problem = await recordInformed(legalBasisId, moment);
    if (!problem) onDone(true);
    else if (problem.kind === 'fields') setReason('invalid');
    else setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
  };

  return (
    <form className="plan-form plan-form--inline" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      <Paragraph>{t('informed.explanation')}</Paragraph>
      <FormFieldTextInput
        name="informedAt"
        type="datetime-local"
        label={t('informed.label')}
        value={informedAt}
        invalid={reason !== null}
        errorMessage={reason === 'future' || reason === 'empty' ? t(`errors.familyInformedAt.${reason}`) : t('errors.familyInformedAt.invalid')}
        inputRef={field}
        onChange={(event) => setInformedAt(inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={recordingInformed}>
          {recordingInformed ? t('saving') : t('informed.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
