import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../../graphql/generated/graphql';
import { inputValue } from '../../../../shared/components/input-value';

interface GoalFieldProps {
  goals: readonly PlanItemFieldsFragment[];
  value: string;
  onChange: (goalId: string) => void;
  invalid: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}

/** The goal an agreement works towards, if any. */
export function GoalField({ goals, value, onChange, invalid, selectRef }: GoalFieldProps) {
  const { t } = useTranslation('planItems');
  const readable = goals.filter((goal) => goal.access === 'FULL' && goal.text);
  if (readable.length === 0) return null;
  return (
    <FormFieldSelect
      name="goalId"
      label={t('fields.goal.label')}
      value={value}
      invalid={invalid}
      errorMessage={t('fields.goal.error')}
      selectRef={selectRef}
      onChange={(event) => onChange(inputValue(event))}
    >
      <SelectOption value="">{t('fields.goal.none')}</SelectOption>
      {readable.map((goal) => (
        <SelectOption key={goal.id} value={goal.id}>
          {goal.text}
        </SelectOption>
      ))}
    </FormFieldSelect>
  );
}
