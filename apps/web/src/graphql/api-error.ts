import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FieldProblem } from '@gezinsplan/domain';

/**
 * What the interface may act on in a failed operation: the stable code and the
 * structured details the API contract promises. The server's message text is
 * deliberately left out; it is neither translated nor meant for the screen.
 */
export interface ApiError {
  code: string;
  /** BAD_USER_INPUT: the fields that were rejected. */
  fields: readonly FieldProblem[];
  /** TOO_MANY_REQUESTS: how long to wait before trying again. */
  retryAfterSeconds: number | null;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['field'] === 'string' &&
    typeof (value as Record<string, unknown>)['message'] === 'string'
  );
}

/**
 * The first GraphQL error of a failed operation, or null when the operation
 * never got an answer from the API (a network failure, for example).
 */
export function readApiError(error: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions['code'];
  if (typeof code !== 'string') return null;
  const fields = extensions['fields'];
  const retryAfterSeconds = extensions['retryAfterSeconds'];
  return {
    code,
    fields: Array.isArray(fields) ? fields.filter(isFieldProblem) : [],
    retryAfterSeconds: typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? retryAfterSeconds : null,
  };
}
