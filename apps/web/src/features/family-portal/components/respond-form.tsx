import { ActionGroup, Button, FormFieldTextarea } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblemAlert } from '../../../shared/forms';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { checkText, CaseFormProblem } from '../../../shared/components/form-problem';
import { ResponseField, ResponseKind, useRespond } from '../hooks/use-respond';

interface RespondFormProps {
  familyId: string;
  targetItemId: string;
  kind: ResponseKind;
  /** Called with true once the response is saved, with false when the person cancels. */
  onClose: (saved: boolean) => void;
}

/** Writing a comment, or the family's own view, under one item of the plan. */
export function RespondForm({ familyId, targetItemId, kind, onClose }: RespondFormProps) {
  const { t } = useTranslation('familyPortal');
  const { respond, saving } = useRespond(familyId);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<CaseFormProblem<ResponseField> | null>(null);
  const textInput = useRef<HTMLTextAreaElement>(null);
  useUnsavedChanges(text.trim() !== '');

  // Opening the form moves the focus into it; a problem with the text brings it back there.
  useEffect(() => {
    textInput.current?.focus();
  }, [problem]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    const reason = checkText(text);
    if (reason) {
      setProblem({ kind: 'fields', fields: { text: reason } });
      return;
    }
    const result = await respond(targetItemId, kind, text);
    setProblem(result);
    if (result === null) onClose(true);
  };

  const textError = problem?.kind === 'fields' ? problem.fields.text : undefined;
  return (
    <form className="portal-form portal-form--respond" noValidate onSubmit={(event) => void submit(event)}>
      {problem && problem.kind !== 'fields' && <FormProblemAlert problem={problem.kind} audience="family" />}
      <FormFieldTextarea
        name="text"
        label={t(`respond.${kind}.label`)}
        description={`${t(`respond.${kind}.hint`)} ${t('respond.permanent')}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={4}
        invalid={Boolean(textError)}
        errorMessage={textError && t(`respond.errors.${textError}`)}
        inputRef={textInput}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {saving ? t('respond.submitting') : t(`respond.${kind}.submit`)}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onClose(false)}>
          {t('respond.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
}
