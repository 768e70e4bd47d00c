import { FormFieldCheckboxOption } from '@rijkshuisstijl-community/components-react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';

type CheckboxFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> & {
  label: string;
  description?: string;
  errorMessage?: ErrorMessages;
};

/** A yes-or-no question answered by ticking one box; the value is a boolean. */
export function CheckboxField<T extends FieldValues, O extends FieldValues>({ control, name, label, description, errorMessage }: CheckboxFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <FormFieldCheckboxOption
      name={field.name}
      label={label}
      description={description}
      checked={field.value === true}
      invalid={message !== undefined}
      errorMessage={message}
      inputRef={field.ref}
      onChange={(event) => field.onChange(event.target.checked)}
      onBlur={field.onBlur}
    />
  );
}
