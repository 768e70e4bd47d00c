import { FormFieldSelect, FormFieldSelectProps, SelectOption } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { inputValue } from '../../components/input-value';

export interface SelectChoice {
  value: string;
  label: string;
}

type SelectFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> &
  Pick<FormFieldSelectProps, 'label' | 'description'> & {
    /** The choices; or, for groups of choices, `children` with `optgroup`s. */
    options?: readonly SelectChoice[];
    /** The first line, standing for "nothing chosen yet" (value ''). */
    placeholder?: string;
    children?: ReactNode;
    errorMessage?: ErrorMessages;
  };

/** One choice from a list, as an NL Design System select. */
export function SelectField<T extends FieldValues, O extends FieldValues>({
  control,
  name,
  errorMessage,
  options,
  placeholder,
  children,
  ...select
}: SelectFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <FormFieldSelect
      {...select}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      invalid={message !== undefined}
      errorMessage={message}
      selectRef={field.ref}
      onChange={(event) => field.onChange(inputValue(event))}
      onBlur={field.onBlur}
    >
      {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
      {options?.map((option) => (
        <SelectOption key={option.value} value={option.value}>
          {option.label}
        </SelectOption>
      ))}
      {children}
    </FormFieldSelect>
  );
}
