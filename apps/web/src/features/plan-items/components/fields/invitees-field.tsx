import { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, FieldBinding } from '../../../../shared/forms';
import { invitableInvolvements, PlanEditor } from '../../utils/plan-editor';

interface InviteesFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  editor: PlanEditor;
  /** The evaluation's date, when given: who has left by then is not offered. */
  on?: string;
}

/** The professionals an evaluation invites, by name, from those involved today and on its date (the API refuses anyone else). */
export function InviteesField<T extends FieldValues, O extends FieldValues>({ editor, on, ...binding }: InviteesFieldProps<T, O>) {
  const { t } = useTranslation('planItems');
  const involved = invitableInvolvements(editor, on);
  if (involved.length === 0) return null;
  return (
    <CheckboxGroupField
      {...binding}
      legend={t('fields.invited.legend')}
      description={t('fields.invited.description')}
      errorMessage={t('fields.invited.error')}
      options={involved.map((involvement) => ({
        value: involvement.id,
        label: t('fields.invited.option', { name: involvement.professionalName, organisation: involvement.organisationName }),
        description: involvement.task ?? undefined,
      }))}
    />
  );
}
