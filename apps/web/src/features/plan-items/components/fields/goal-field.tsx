import { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../../graphql/generated/graphql';
import { FieldBinding, SelectField } from '../../../../shared/forms';

interface GoalFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  goals: readonly PlanItemFieldsFragment[];
}

/** The goal an agreement works towards, if any. */
export function GoalField<T extends FieldValues, O extends FieldValues>({ control, name, goals }: GoalFieldProps<T, O>) {
  const { t } = useTranslation('planItems');
  const readable = goals.filter((goal) => goal.access === 'FULL' && goal.text);
  if (readable.length === 0) return null;
  return (
    <SelectField
      control={control}
      name={name}
      label={t('fields.goal.label')}
      placeholder={t('fields.goal.none')}
      errorMessage={t('fields.goal.error')}
      options={readable.map((goal) => ({ value: goal.id, label: goal.text ?? '' }))}
    />
  );
}
