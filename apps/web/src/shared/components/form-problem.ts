import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../graphql/api-error';

/** Why a form could not be saved, in terms the form can show. */
export type FormProblem<F extends string> =
  /** Fields to mark, each with the form's own (translated) message next to it. */
  | { kind: 'fields'; fields: readonly F[] }
  /** Someone changed the item in the meantime. */
  | { kind: 'conflict' }
  /** Not allowed, or no longer there: the person cannot fix this by typing. */
  | { kind: 'refused' }
  | { kind: 'unavailable' };

/**
 * Reads a failed save. The API names rejected input fields (`assignee.id`
 * counts for `assignee`); the form shows its own message for each one it
 * has. A rejection of a field the form does not show is reported as a whole.
 */
export function formProblemOf<F extends string>(error: unknown, formFields: readonly F[]): FormProblem<F> {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.BadUserInput: {
      const named = apiError.fields.map((problem) => problem.field.split('.')[0]);
      const fields = formFields.filter((field) => named.includes(field));
      return fields.length > 0 ? { kind: 'fields', fields } : { kind: 'refused' };
    }
    case ErrorCode.Conflict:
      return { kind: 'conflict' };
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
      return { kind: 'refused' };
    default:
      return { kind: 'unavailable' };
  }
}
