import { FormFieldRadio } from '@rijkshuisstijl-community/components-react';
import { Fragment, ReactNode } from 'react';
import { FieldValues, useController } from 'react-hook-form';
import { FieldBinding } from './field-binding';
import { ErrorMessages, useFieldMessage } from '../field-message';
import { ChoiceOption } from './checkbox-group-field';
import { ChoiceFieldset } from './choice-fieldset';

export interface RadioOption extends ChoiceOption {
  /** A question that follows from this answer, shown under it while it is chosen ("Told on…"). */
  followUp?: ReactNode;
}

type RadioGroupFieldProps<T extends FieldValues, O extends FieldValues> = FieldBinding<T, O> & {
  legend: string;
  description?: string;
  options: readonly RadioOption[];
  errorMessage?: ErrorMessages;
  className?: string;
};

/** One choice shown as radio buttons in a fieldset: for a few options that each need their explanation. */
export function RadioGroupField<T extends FieldValues, O extends FieldValues>({ control, name, options, errorMessage, ...fieldset }: RadioGroupFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const message = useFieldMessage(fieldState.error, errorMessage);
  return (
    <ChoiceFieldset {...fieldset} errorMessage={message}>
      {options.map((option, index) => (
        <Fragment key={option.value}>
          <FormFieldRadio
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
          {field.value === option.value && option.followUp}
        </Fragment>
      ))}
    </ChoiceFieldset>
  );
}
