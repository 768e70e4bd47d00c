import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { InformationCategory } from '@gezinsplan/domain';
import { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface CategoryFieldProps {
  categories: readonly InformationCategory[];
  value: InformationCategory | '';
  onChange: (category: InformationCategory) => void;
  invalid: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}

/** Which kind of information this is: it decides who may read it (need-to-know). */
export function CategoryField({ categories, value, onChange, invalid, selectRef }: CategoryFieldProps) {
  const { t } = useTranslation('planItems');
  const { t: tv } = useTranslation('vocabulary');
  return (
    <FormFieldSelect
      name="category"
      label={t('fields.category.label')}
      description={t('fields.category.description')}
      value={value}
      invalid={invalid}
      errorMessage={t('fields.category.error')}
      selectRef={selectRef}
      onChange={(event) => onChange(event.target.value as InformationCategory)}
    >
      {categories.map((category) => (
        <SelectOption key={category} value={category}>
          {tv(`categories.${category}`)}
        </SelectOption>
      ))}
    </FormFieldSelect>
  );
}
