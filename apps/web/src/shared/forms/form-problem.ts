import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../graphql/api-error';

/** The fields to mark, in the form's order; the API says no more than that each is invalid. */
export type FieldErrors<F extends string> = Partial<Record<F, 'invalid'>>;

/** Why a form could not be saved, in terms the form can show. */
export type FormProblem<F extends string> =
  /** Fields to mark, each with the form's own (translated) message next to it. */
  | { kind: 'fields'; fields: FieldErrors<F> }
  /** Someone changed the item in the meantime. */
  | { kind: 'conflict' }
  /** It is gone, or no longer theirs to see: the API does not say which. */
  | { kind: 'notFound' }
  | { kind: 'notAllowed' }
  | { kind: 'signedOut' }
  /** The API was too busy to do it now (SERVER_BUSY): nothing was saved, and trying again in a minute will do. */
  | { kind: 'busy' }
  /** Anything the person cannot fix by changing what they typed. */
  | { kind: 'unavailable' };

/**
 * The form field an API field problem is about. The API may name the field of
 * an `input` argument with that prefix, and names a nested field by its path:
 * `assignee.id` counts for `assignee`.
 */
function formFieldName(field: string): string {
  const name = field.startsWith('input.') ? field.slice('input.'.length) : field;
  return name.split('.')[0];
}

/**
 * Reads a failed save. The API names rejected input fields; the form shows
 * its own message for each one it has. A rejected field the form does not
 * show cannot be fixed by the person, so it counts as a fault.
 */
export function formProblemOf<F extends string>(error: unknown, formFields: readonly F[]): FormProblem<F> {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.BadUserInput: {
      const named = apiError.fields.map((problem) => formFieldName(problem.field));
      const fields: FieldErrors<F> = {};
      for (const field of formFields) if (named.includes(field)) fields[field] = 'invalid';
      return Object.keys(fields).length > 0 ? { kind: 'fields', fields } : { kind: 'unavailable' };
    }
    case ErrorCode.Conflict:
      return { kind: 'conflict' };
    case ErrorCode.NotFound:
      return { kind: 'notFound' };
    case ErrorCode.Forbidden:
      return { kind: 'notAllowed' };
    case ErrorCode.Unauthenticated:
      return { kind: 'signedOut' };
    case ErrorCode.ServerBusy:
      return { kind: 'busy' };
    default:
      return { kind: 'unavailable' };
  }
}

/** Why a change to a family's plan could not be saved: also because the plan is closed (perhaps meanwhile). */
export type CaseFormProblem<F extends string> = FormProblem<F> | { kind: 'planClosed' };

/** Reads a failed change to a family's plan: a closed plan is said as such, not as a fault. */
export function caseProblemOf<F extends string>(error: unknown, formFields: readonly F[]): CaseFormProblem<F> {
  if (readApiError(error)?.code === ErrorCode.PlanClosed) return { kind: 'planClosed' };
  return formProblemOf(error, formFields);
}

/** A save that failed as a whole: nothing the person typed can fix it. */
export type FormWideProblem = Exclude<CaseFormProblem<string>, { kind: 'fields' }>['kind'];

/**
 * A failed change to a family's plan as a problem with the whole save, as the kit says it above a
 * form: for a change with nothing typed, or after the fields the API named were looked for (one the
 * form does not show cannot be fixed by the person, so it counts as a fault).
 */
export function formWideProblemOf(error: unknown): FormWideProblem {
  const { kind } = caseProblemOf(error, []);
  return kind === 'fields' ? 'unavailable' : kind;
}
