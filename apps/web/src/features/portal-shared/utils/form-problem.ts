import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';

/** Why one field of a form cannot be saved as it is. */
export type FieldReason = 'empty' | 'tooLong' | 'invalid';

export type FieldErrors<F extends string> = Partial<Record<F, FieldReason>>;

/** What went wrong with a form as a whole, in the terms the form shows to the person. */
export type FormProblem<F extends string> =
  | { kind: 'fields'; fields: FieldErrors<F> }
  /** Someone else changed it in the meantime: look again. */
  | { kind: 'changed' }
  /** It is gone, or no longer theirs to see: the API does not say which. */
  | { kind: 'notFound' }
  | { kind: 'notAllowed' }
  | { kind: 'signedOut' }
  /** Anything the person cannot fix by changing what they typed. */
  | { kind: 'unavailable' };

/** The API names fields of an `input` argument with or without that prefix; the form knows them without. */
function fieldName(field: string): string {
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}

/**
 * What a failed save means for a form. A rejected field the form has is shown
 * next to that field; a rejected field it does not have cannot be fixed by
 * the person, so it counts as a fault.
 */
export function formProblemOf<F extends string>(error: unknown, formFields: readonly F[]): FormProblem<F> {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.BadUserInput: {
      const fields: FieldErrors<F> = {};
      for (const problem of apiError.fields) {
        const name = fieldName(problem.field);
        const known = formFields.find((field) => field === name);
        if (known) fields[known] = 'invalid';
      }
      return Object.keys(fields).length > 0 ? { kind: 'fields', fields } : { kind: 'unavailable' };
    }
    case ErrorCode.Conflict:
      return { kind: 'changed' };
    case ErrorCode.NotFound:
      return { kind: 'notFound' };
    case ErrorCode.Forbidden:
      return { kind: 'notAllowed' };
    case ErrorCode.Unauthenticated:
      return { kind: 'signedOut' };
    default:
      return { kind: 'unavailable' };
  }
}

/** The longest text the API accepts in one field of an item. */
export const TEXT_LIMIT = 10_000;

/** The same checks the API makes on a text, before the person waits for it. */
export function checkText(text: string, limit = TEXT_LIMIT): FieldReason | null {
  if (text.trim() === '') return 'empty';
  if (text.length > limit) return 'tooLong';
  return null;
}
