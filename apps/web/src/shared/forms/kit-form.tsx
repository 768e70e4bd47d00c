import { PropsWithChildren, useEffect, useRef } from 'react';
import { FieldValues, useFormState } from 'react-hook-form';
import { z } from 'zod';
import { formWideProblemOf } from './form-problem';
import { FormProblemAlert, OwnWordsProblem, ProblemAudience } from './form-problem-alert';
import { KitForm as Kit, KitSchema } from './use-kit-form';

interface KitFormProps<S extends KitSchema, R> {
  kit: Kit<S>;
  /** Saves the checked values. A thrown error is shown on the fields it names, or above the form. */
  onSubmit: (values: z.output<S>) => Promise<R>;
  /** After a successful save, once the form no longer counts as unsaved: the moment to move on. */
  onSaved?: (result: R) => void;
  /**
   * A failure the form answers itself (a conflict it shows side by side, say): return true, and the
   * kit says nothing. Not asked for a busy server (SERVER_BUSY), which the kit says for every form.
   */
  onFailure?: (error: unknown) => boolean;
  /** The form's own words for a failed save, where the kit's general ones would say too little (a busy server is said alike everywhere). */
  problemMessage?: (problem: OwnWordsProblem) => string;
  className?: string;
  audience?: ProblemAudience;
  /** The form's accessible name, for a page with more than one form. */
  'aria-labelledby'?: string;
}

const FIRST_MARKED_CONTROL = ['input', 'select', 'textarea'].flatMap((tag) => [`${tag}[aria-invalid="true"]`, `[aria-invalid="true"] ${tag}`]).join(', ');
/**
 * The form element of the kit: no browser validation (its messages would be
 * in the browser's language and style), the whole-save problem above the
 * fields, and the focus on the first marked field after a failed attempt.
 */
export function KitForm<S extends KitSchema, R>({
  kit,
  onSubmit,
  onSaved,
  onFailure,
  problemMessage,
  className = 'kit-form',
  audience,
  children,
  ...labelling
}: PropsWithChildren<KitFormProps<S, R>>) {
  const element = useRef<HTMLFormElement>(null);
  const { form, focusRequest, showFailure, clearProblem, succeeded, problem } = kit;
  // A finished attempt counts once its marks are known: react-hook-form hands the schema's marks over
  // together with this count, after its `onInvalid`; a browser, still inside the submit event, renders
  // an update made there on its own and before the marks, so the focus waits for this count instead.
  const { submitCount } = useFormState({ control: form.control });

  // After the render, so that the field already carries its message when the focus lands on it.
  useEffect(() => {
    // A marked group (a fieldset) takes no focus itself: its first control does.
    if (focusRequest + submitCount > 0) element.current?.querySelector<HTMLElement>(FIRST_MARKED_CONTROL)?.focus();
  }, [focusRequest, submitCount]);

  const submit = form.handleSubmit(async (values: z.output<S> & FieldValues) => {
    clearProblem();
    try {
      const result = await onSubmit(values);
      succeeded(onSaved && (() => onSaved(result)));
    } catch (error) {
      // A busy server is said alike by every form, in the kit's words: the form's own answer is not asked.
      if (formWideProblemOf(error) === 'busy' || !onFailure?.(error)) showFailure(error);
    }
  });

  return (
    <form
      ref={element}
      className={className}
      noValidate
      onSubmit={(event) => {
        // One save at a time: a second press while the first is on its way does nothing.
        if (form.formState.isSubmitting) event.preventDefault();
        else void submit(event);
      }}
      {...labelling}
    >
      {problem && <FormProblemAlert problem={problem} audience={audience} message={problem === 'busy' ? undefined : problemMessage?.(problem)} />}
      {children}
    </form>
  );
}
