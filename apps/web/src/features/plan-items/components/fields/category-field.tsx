import { InformationCategory } from '@gezinsplan/domain';
import { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldBinding, SelectField } from '../../../../shared/forms';

interface CategoryFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  categories: readonly InformationCategory[];
}

/** Which kind of information this is: it decides who may read it (need-to-know). */
export function CategoryField<T extends FieldValues, O extends FieldValues>({ control, name, categories }: CategoryFieldProps<T, O>) {
  const { t } = useTranslation('planItems');
  const { t: tv } = useTranslation('vocabulary');
  return (
    <SelectField
      control={control}
      name={name}
      label={t('fields.category.label')}
      description={t('fields.category.description')}
      errorMessage={t('fields.category.error')}
      options={categories.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
    />
  );
}
