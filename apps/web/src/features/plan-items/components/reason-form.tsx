import { Button, FormFieldTextarea, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useRefreshPlanAfterConflict } from '../hooks/use-refresh-plan-after-conflict';
import { CurrentVersion } from '../utils/conflict';
import { SaveResult } from '../utils/save-result';
import { ConflictNotice } from './conflict-notice';
import { FormProblemAlert } from '../../../shared/forms';
import { inputValue } from '../../../shared/components/input-value';

/** The API asks at least this much of a reason for removing an item. */
const MINIMUM_REASON_LENGTH = 3;

export interface ReasonFormTexts {
  explanation: string;
  label: string;
  error: string;
  submit: string;
  /** After a conflict: do it anyway, to the other person's version. */
  submitAnyway: string;
}

interface ReasonFormProps {
  item: PlanItemFieldsFragment;
  texts: ReasonFormTexts;
  busy: boolean;
  onSubmit: (version: number, reason: string) => Promise<SaveResult<'reason'>>;
  onDone: (saved: boolean) => void;
}

/** A change that needs a written reason: removing an item, an agreement not kept, withholding from the family. */
export function ReasonForm({ item, texts, busy, onSubmit, onDone }: ReasonFormProps) {
  const { t } = useTranslation('planItems');
  const refreshPlan = useRefreshPlanAfterConflict();
  const [reason, setReason] = useState('');
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [current, setCurrent] = useState<CurrentVersion | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useUnsavedChanges(reason.trim() !== '');

  useEffect(() => {
    reasonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (invalid) reasonRef.current?.focus();
  }, [invalid]);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (busy) return;
    setFailure(null);
    const tooShort = reason.trim().length < MINIMUM_REASON_LENGTH;
    setInvalid(tooShort);
    if (tooShort) return;
    const result = await onSubmit(baseVersion, reason);
    if (result.ok) {
      onDone(true);
    } else if (result.problem.kind === 'conflict' && result.current) {
      setCurrent(result.current);
      setBaseVersion(result.current.version);
      void refreshPlan();
    } else if (result.problem.kind === 'fields') {
      setInvalid(true);
    } else {
      setFailure(result.problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
    }
  };

  return (
    <form className="plan-form plan-form--inline" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      {current && (
        <ConflictNotice current={current}>
          <div className="plan-form__actions">
            <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void submit()}>
              {texts.submitAnyway}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </ConflictNotice>
      )}
      <Paragraph>{texts.explanation}</Paragraph>
      <FormFieldTextarea
        name="reason"
        label={texts.label}
        value={reason}
        rows={3}
        invalid={invalid}
        errorMessage={texts.error}
        inputRef={reasonRef}
        onChange={(event) => setReason(inputValue(event))}
      />
      {!current && (
        <div className="plan-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {busy ? t('actions.saving') : texts.submit}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('actions.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}
