import { Fieldset, FormFieldErrorMessage } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, useId } from 'react';

interface ChoiceFieldsetProps {
  legend: string;
  description?: string;
  /** The message when the group is marked; the group is unmarked without one. */
  errorMessage?: string;
  /** A group that stands among a page form's groups (`page-form__group`) rather than among fields. */
  className?: string;
}

/**
 * A question with several options (checkboxes or radio buttons): the legend
 * names the question, the problem stands under it and is read out with the group.
 */
export function ChoiceFieldset({ legend, description, errorMessage, className = 'form-fieldset', children }: PropsWithChildren<ChoiceFieldsetProps>) {
  const descriptionId = useId();
  const errorId = useId();
  const invalid = errorMessage !== undefined;
  const describedBy = [description ? descriptionId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return (
    <Fieldset legend={legend} invalid={invalid} aria-describedby={describedBy || undefined} className={className}>
      {description && (
        <p id={descriptionId} className="form-fieldset__description">
          {description}
        </p>
      )}
      {invalid && <FormFieldErrorMessage id={errorId}>{errorMessage}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}
