import { FormFieldCheckboxOption } from '@rijkshuisstijl-community/components-react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { ChoiceFieldset } from './choice-fieldset';

export interface ChoiceOption {
  value: string;
  label: string;
  description?: string;
}

type CheckboxGroupFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> & {
  legend: string;
  description?: string;
  options: readonly ChoiceOption[];
  errorMessage?: ErrorMessages;
};

/** Several choices: checkboxes in a fieldset; the value is the list of chosen options. */
export function CheckboxGroupField<T extends FieldValues, O extends FieldValues>({ control, name, options, errorMessage, ...fieldset }: CheckboxGroupFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  const chosen = (field.value as readonly string[] | undefined) ?? [];
  const toggle = (option: string, checked: boolean) =>
    field.onChange(checked ? [...chosen, option] : chosen.filter((value) => value !== option));
  return (
    <ChoiceFieldset {...fieldset} errorMessage={message}>
      {options.map((option, index) => (
        <FormFieldCheckboxOption
          key={option.value}
          name={field.name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={chosen.includes(option.value)}
          invalid={message !== undefined}
          // The first option is where the focus goes when the group is marked.
          inputRef={index === 0 ? field.ref : undefined}
          onChange={(event) => toggle(option.value, event.target.checked)}
          onBlur={field.onBlur}
        />
      ))}
    </ChoiceFieldset>
  );
}
