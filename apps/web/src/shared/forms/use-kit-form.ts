import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DefaultValues, FieldValues, Path, useForm, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { FormWideProblem, formWideProblemOf } from './form-problem';
import { useUnsavedChanges } from '../components/unsaved-changes';
import { apiFieldErrors } from './api-field-errors';

type ApiFieldAliases = Readonly<Record<string, string>>;

/** A form's schema: what it holds as typed (input) and what it hands to `onSubmit` (output). */
export type KitSchema = z.ZodType<FieldValues, FieldValues>;

export interface KitFormOptions<S extends KitSchema> {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /**
   * API field names that differ from the form's (`{ 'assignee.id': 'assignee' }`);
   * or, where that depends on what was filled in, a function of the values.
   */
  apiFieldAliases?: ApiFieldAliases | ((values: z.input<S>) => ApiFieldAliases);
  /** The field that has the focus when the form opens (a form opened in place by a button). */
  focusOnOpen?: Path<z.input<S>>;
}

export interface KitForm<S extends KitSchema> {
  /** react-hook-form's own methods, typed by the schema. */
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  /** The problem with the whole save, shown above the form; null when there is none. */
  problem: FormWideProblem | null;
  /**
   * Shows what a failed save means: the fields the API rejected are marked with
   * their message and the first gets the focus; anything else is a problem with
   * the whole save. Returns that problem (or null when fields were marked).
   */
  showFailure: (error: unknown) => FormWideProblem | null;
  /** Counts the API's field rejections: each moves the focus to the first marked field, once the marks are on screen. */
  focusRequest: number;
  clearProblem: () => void;
  /**
   * After a successful save: what was saved becomes the form's starting point
   * (nothing unsaved), and `then` runs once the page's guard knows it, so it
   * may navigate away without being asked.
   */
  succeeded: (then?: () => void) => void;
}

/**
 * One way to build a form: react-hook-form with a zod schema. Problems show
 * after the first attempt to save and then follow the typing, so a message
 * goes as soon as its field is fixed; the page asks before unsaved input is
 * left behind. Render it with `KitForm` and the kit's fields.
 */
export function useKitForm<S extends KitSchema>({
  schema,
  defaultValues,
  apiFieldAliases,
  focusOnOpen,
}: KitFormOptions<S>): KitForm<S> {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The kit moves the focus itself once the messages are rendered, so they are read out with the field.
    shouldFocusError: false,
  });
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [saved, setSaved] = useState(false);
  const afterSave = useRef<(() => void) | undefined>(undefined);
  useUnsavedChanges(form.formState.isDirty && !saved);
  // Declared after the guard's report, so it runs after it in the same commit.
  useEffect(() => {
    if (!saved) return;
    const then = afterSave.current;
    afterSave.current = undefined;
    setSaved(false);
    then?.();
  }, [saved]);

  useEffect(() => {
    if (focusOnOpen) form.setFocus(focusOnOpen);
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const requestFocus = useCallback(() => setFocusRequest((count) => count + 1), []);
  const showFailure = useCallback(
    (error: unknown): FormWideProblem | null => {
      const values = form.getValues();
      const aliases = typeof apiFieldAliases === 'function' ? apiFieldAliases(values) : apiFieldAliases;
      const fields = apiFieldErrors(error, values, aliases);
      if (fields) {
        setProblem(null);
        for (const field of fields) form.setError(field as Path<z.input<S>>, { type: 'api', message: 'invalid' });
        requestFocus();
        return null;
      }
      const wide = formWideProblemOf(error);
      setProblem(wide);
      return wide;
    },
    [form, apiFieldAliases, requestFocus],
  );
  const clearProblem = useCallback(() => setProblem(null), []);
  const succeeded = useCallback(
    (then?: () => void) => {
      form.reset(form.getValues());
      afterSave.current = then;
      setSaved(true);
    },
    [form],
  );

  return { form, problem, showFailure, focusRequest, clearProblem, succeeded };
}
