import { FormFieldTextInput, FormFieldTextInputProps } from '@rijkshuisstijl-community/components-react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { inputValue } from '../../components/input-value';

type TextFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> &
  Pick<FormFieldTextInputProps, 'label' | 'description' | 'type' | 'min' | 'max' | 'autoComplete' | 'inputMode' | 'spellCheck'> & {
    errorMessage?: ErrorMessages;
    autoFocus?: boolean;
    /** Marked without a message of its own: the field is one of a group whose message says what is wrong. */
    inGroupMarked?: boolean;
  };

/** A one-line text, date, e-mail address or phone number, as an NL Design System form field. */
export function TextField<T extends FieldValues, O extends FieldValues>({ control, name, errorMessage, autoFocus, inGroupMarked = false, ...input }: TextFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <FormFieldTextInput
      {...input}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      invalid={message !== undefined || inGroupMarked}
      errorMessage={message}
      inputRef={field.ref}
      autoFocus={autoFocus}
      onChange={(event) => field.onChange(inputValue(event))}
      onBlur={field.onBlur}
    />
  );
}
