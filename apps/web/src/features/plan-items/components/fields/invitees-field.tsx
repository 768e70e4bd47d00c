import { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, FieldBinding } from '../../../../shared/forms';
import { PlanEditor } from '../../utils/plan-editor';

interface InviteesFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  editor: PlanEditor;
}

/** The professionals an evaluation invites, by name, from those involved today (the API refuses anyone else). */
export function InviteesField<T extends FieldValues, O extends FieldValues>({ editor, ...binding }: InviteesFieldProps<T, O>) {
  const { t } = useTranslation('planItems');
  const involved = editor.involvements.filter((involvement) => !involvement.endedAt);
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
