import { Button, FormFieldTextarea, FormFieldTextInput } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { invalidFields } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { EditField, useUpdatePlanItem } from '../hooks/use-update-plan-item';
import { useRefreshPlanAfterConflict } from '../hooks/use-refresh-plan-after-conflict';
import { CurrentVersion } from '../utils/conflict';
import { ConflictNotice } from './conflict-notice';
import { FormProblemAlert } from '../../../shared/forms';
import { inputValue } from '../../../shared/components/input-value';

/** Kinds whose date is part of what is edited, and for which it cannot be left empty. */
const DATED_KINDS: Partial<Record<PlanItemFieldsFragment['kind'], { required: boolean }>> = {
  AGREEMENT: { required: true },
  EVALUATION: { required: true },
  GOAL: { required: false },
};

interface EditItemFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/**
 * Changes an item's text (and date), starting from the version on screen.
 * When someone else saved in the meantime, their version is shown and the
 * person chooses: save their own text over it, start again from theirs, or stop.
 */
export function EditItemForm({ item, onDone }: EditItemFormProps) {
  const { t } = useTranslation('planItems');
  const { update, updating } = useUpdatePlanItem();
  const refreshPlan = useRefreshPlanAfterConflict();
  const dated = DATED_KINDS[item.kind];
  const [text, setText] = useState(item.text ?? '');
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  // The version this edit applies to: the one on screen, or the other person's after a conflict.
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [current, setCurrent] = useState<CurrentVersion | null>(null);
  const [invalid, setInvalid] = useState<readonly EditField[]>([]);
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const dueOnRef = useRef<HTMLInputElement>(null);
  useUnsavedChanges(text !== (item.text ?? '') || dueOn !== (item.dueOn ?? ''));

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  useEffect(() => {
    if (invalid.includes('text')) textRef.current?.focus();
    else if (invalid.includes('dueOn')) dueOnRef.current?.focus();
  }, [invalid]);

  const save = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (updating) return;
    setFailure(null);
    const missing: EditField[] = [];
    if (text.trim() === '') missing.push('text');
    if (dated?.required && dueOn === '') missing.push('dueOn');
    setInvalid(missing);
    if (missing.length > 0) return;
    const result = await update({ id: item.id, expectedVersion: baseVersion, text, dueOn: dated ? dueOn : undefined });
    if (result.ok) {
      onDone(true);
    } else if (result.problem.kind === 'conflict' && result.current) {
      setCurrent(result.current);
      setBaseVersion(result.current.version);
      void refreshPlan();
    } else if (result.problem.kind === 'fields') {
      setInvalid(invalidFields(result.problem.fields));
    } else {
      setFailure(result.problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
    }
  };

  const startFromTheirs = () => {
    if (!current) return;
    setText(current.text ?? '');
    if (current.dueOn) setDueOn(current.dueOn);
    setCurrent(null);
    textRef.current?.focus();
  };

  return (
    <form className="plan-form plan-form--inline" noValidate onSubmit={(event) => void save(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      {current && (
        <ConflictNotice current={current}>
          <div className="plan-form__actions">
            <Button type="button" appearance="primary-action-button" busy={updating} onClick={() => void save()}>
              {t('conflict.saveMine')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={startFromTheirs}>
              {t('conflict.startFromTheirs')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => onDone(false)}>
              {t('conflict.keepTheirs')}
            </Button>
          </div>
        </ConflictNotice>
      )}
      <FormFieldTextarea
        name="text"
        label={t('edit.textLabel')}
        value={text}
        rows={4}
        invalid={invalid.includes('text')}
        errorMessage={t('edit.textError')}
        inputRef={textRef}
        onChange={(event) => setText(inputValue(event))}
      />
      {dated && (
        <FormFieldTextInput
          name="dueOn"
          type="date"
          label={t(`edit.dueOnLabel.${item.kind as 'AGREEMENT' | 'EVALUATION' | 'GOAL'}`)}
          value={dueOn}
          invalid={invalid.includes('dueOn')}
          errorMessage={t('fields.dueOn.error')}
          inputRef={dueOnRef}
          onChange={(event) => setDueOn(inputValue(event))}
        />
      )}
      {!current && (
        <div className="plan-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={updating}>
            {updating ? t('actions.saving') : t('actions.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('actions.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}
