import { FormFieldRadio } from '@rijkshuisstijl-community/components-react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { ChoiceOption } from './checkbox-group-field';
import { ChoiceFieldset } from './choice-fieldset';

type RadioGroupFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> & {
  legend: string;
  description?: string;
  options: readonly ChoiceOption[];
  errorMessage?: ErrorMessages;
};

/** One choice shown as radio buttons in a fieldset: for a few options that each need their explanation. */
export function RadioGroupField<T extends FieldValues, O extends FieldValues>({ control, name, options, errorMessage, ...fieldset }: RadioGroupFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <ChoiceFieldset {...fieldset} errorMessage={message}>
      {options.map((option, index) => (
        <FormFieldRadio
          key={option.value}
          name={field.name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={field.value === option.value}
          invalid={message !== undefined}
          radioRef={index === 0 ? field.ref : undefined}
          onChange={() => field.onChange(option.value)}
          onBlur={field.onBlur}
        />
      ))}
    </ChoiceFieldset>
  );
}
