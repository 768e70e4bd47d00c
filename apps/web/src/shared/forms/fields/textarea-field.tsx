import { FormFieldTextarea, FormFieldTextareaProps } from '@rijkshuisstijl-community/components-react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { inputValue } from '../../components/input-value';

type TextareaFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> &
  Pick<FormFieldTextareaProps, 'label' | 'description'> & {
    rows?: number;
    errorMessage?: ErrorMessages;
    autoFocus?: boolean;
  };

/** A text of several lines, as an NL Design System form field. */
export function TextareaField<T extends FieldValues, O extends FieldValues>({ control, name, errorMessage, rows = 4, autoFocus, ...input }: TextareaFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <FormFieldTextarea
      {...input}
      name={field.name}
      rows={rows}
      value={(field.value as string | undefined) ?? ''}
      invalid={message !== undefined}
      errorMessage={message}
      inputRef={field.ref}
      autoFocus={autoFocus}
      onChange={(event) => field.onChange(inputValue(event))}
      onBlur={field.onBlur}
    />
  );
}
