import {
  Button,
  FormFieldCheckboxOption,
  FormFieldTextarea,
  FormFieldTextInput,
  Paragraph,
} from '@rijkshuisstijl-community/components-react';
import { dutchToday, InformationCategory } from '@gezinsplan/domain';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LogEntryField, useAddLogEntry } from '../hooks/use-add-log-entry';
import { checkText, FieldErrors, CaseFormProblem } from '../../../shared/components/form-problem';
import { FormProblemAlert } from '../../../shared/forms';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';

interface LogEntryFormProps {
  familyId: string;
  /** Where the entry goes: the general logbook (the family) or the safety plan's (the network). */
  category: Extract<InformationCategory, 'GENERAL' | 'SAFETY'>;
  /** The family may put an entry in the safety plan's logbook instead, where the network reads it too. */
  offerSafetyLogbook?: boolean;
}

/** Writing in the logbook: what happened, and on which day. */
export function LogEntryForm({ familyId, category, offerSafetyLogbook = false }: LogEntryFormProps) {
  const { t } = useTranslation('portal');
  const { addLogEntry, saving } = useAddLogEntry(familyId);
  const today = dutchToday();
  const [text, setText] = useState('');
  const [day, setDay] = useState(today);
  const [forSafetyPlan, setForSafetyPlan] = useState(false);
  const [problem, setProblem] = useState<CaseFormProblem<LogEntryField> | null>(null);
  const [saved, setSaved] = useState(false);
  const textInput = useRef<HTMLTextAreaElement>(null);
  const dayInput = useRef<HTMLInputElement>(null);
  useUnsavedChanges(text.trim() !== '');

  const fieldErrors: FieldErrors<LogEntryField> = problem?.kind === 'fields' ? problem.fields : {};

  // After the render, so that the field already carries its message when a screen reader announces it.
  useEffect(() => {
    if (problem?.kind !== 'fields') return;
    if (problem.fields.text) textInput.current?.focus();
    else if (problem.fields.occurredOn) dayInput.current?.focus();
  }, [problem]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    setProblem(null);
    const fields: FieldErrors<LogEntryField> = {};
    const textReason = checkText(text);
    if (textReason) fields.text = textReason;
    if (day !== '' && day > today) fields.occurredOn = 'invalid';
    if (Object.keys(fields).length > 0) {
      setProblem({ kind: 'fields', fields });
      return;
    }
    const result = await addLogEntry({
      text,
      occurredOn: day === '' ? null : day,
      category: forSafetyPlan ? 'SAFETY' : category,
    });
    setProblem(result);
    if (result === null) {
      setText('');
      setDay(today);
      setForSafetyPlan(false);
      setSaved(true);
    }
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="portal-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && problem.kind !== 'fields' && <FormProblemAlert problem={problem.kind} audience="family" />}
      <FormFieldTextarea
        name="text"
        label={t('logbook.form.text')}
        description={t('logbook.form.textHint')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
        rows={4}
        invalid={Boolean(fieldErrors.text)}
        errorMessage={fieldErrors.text && t(`logbook.form.errors.text.${fieldErrors.text}`)}
        inputRef={textInput}
      />
      <FormFieldTextInput
        name="occurredOn"
        type="date"
        label={t('logbook.form.day')}
        description={t('logbook.form.dayHint')}
        value={day}
        max={today}
        // The field's change event comes from its input, though the design system types it as the wrapper's.
        onChange={(event) => {
          if (event.target instanceof HTMLInputElement) setDay(event.target.value);
        }}
        invalid={Boolean(fieldErrors.occurredOn)}
        errorMessage={t('logbook.form.errors.occurredOn')}
        inputRef={dayInput}
      />
      {offerSafetyLogbook && (
        <FormFieldCheckboxOption
          name="forSafetyPlan"
          label={t('logbook.form.safety')}
          description={t('logbook.form.safetyHint')}
          checked={forSafetyPlan}
          onChange={(event) => setForSafetyPlan(event.target.checked)}
        />
      )}
      <Button type="submit" appearance="primary-action-button" busy={saving}>
        {saving ? t('logbook.form.submitting') : t('logbook.form.submit')}
      </Button>
      <div role="status">{saved && <Paragraph>{t('logbook.form.saved')}</Paragraph>}</div>
    </form>
  );
}
