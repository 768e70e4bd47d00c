import { Fieldset } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/forms';
import { NetworkValues } from '../utils/network-details';

const TYPES: Record<keyof NetworkValues, string> = { name: 'text', relation: 'text', phone: 'tel', email: 'email' };

interface NetworkFieldsProps<T extends FieldValues, O extends FieldValues> {
  control: Control<T, unknown, O>;
  /** Where the person stands in the form's values: at the top of a form of one person, or `network.1.` in a list. */
  at?: '' | `${string}.`;
  legend: string;
}

/** Someone from the family's network, with how the family knows them and how to reach them. The children: actions. */
export function NetworkFields<T extends FieldValues, O extends FieldValues>({
  control,
  at = '',
  legend,
  children,
}: PropsWithChildren<NetworkFieldsProps<T, O>>) {
  const { t } = useTranslation('familySetup');
  return (
    <Fieldset legend={legend} className="page-form__group page-form__person">
      {(Object.keys(TYPES) as (keyof NetworkValues)[]).map((field) => (
        <TextField
          key={field}
          control={control}
          name={`${at}${field}` as FieldPath<T>}
          type={TYPES[field]}
          label={t(`network.${field}.label`)}
          description={field === 'relation' ? t('network.relation.description') : undefined}
          autoComplete="off"
          errorMessage={{
            empty: t(`network.${field}.errors.empty`),
            tooLong: t(`network.${field}.errors.tooLong`),
            invalid: t(`network.${field}.errors.invalid`),
          }}
        />
      ))}
      {children}
    </Fieldset>
  );
}
