import { Fieldset, FormFieldCheckboxOption, FormFieldErrorMessage } from '@rijkshuisstijl-community/components-react';
import { Ref, useId } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

interface CheckboxFieldsetProps {
  name: string;
  legend: string;
  description?: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  invalid?: boolean;
  errorMessage?: string;
  /** The first checkbox: where the focus goes when the group has a problem. */
  firstInputRef?: Ref<HTMLInputElement>;
}

/**
 * A choice of several: checkboxes in a fieldset whose legend names the
 * question, with its problem under the legend and read out with the group.
 */
export function CheckboxFieldset({
  name,
  legend,
  description,
  options,
  value,
  onChange,
  invalid = false,
  errorMessage,
  firstInputRef,
}: CheckboxFieldsetProps) {
  const descriptionId = useId();
  const errorId = useId();
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((chosen) => chosen !== option));
  const describedBy = [description ? descriptionId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return (
    <Fieldset legend={legend} invalid={invalid} aria-describedby={describedBy || undefined} className="form-fieldset">
      {description && (
        <p id={descriptionId} className="form-fieldset__description">
          {description}
        </p>
      )}
      {invalid && errorMessage && <FormFieldErrorMessage id={errorId}>{errorMessage}</FormFieldErrorMessage>}
      {options.map((option, index) => (
        <FormFieldCheckboxOption
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={value.includes(option.value)}
          invalid={invalid}
          inputRef={index === 0 ? firstInputRef : undefined}
          onChange={(event) => toggle(option.value, event.target.checked)}
        />
      ))}
    </Fieldset>
  );
}
