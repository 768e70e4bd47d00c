/**
 * The stable codes every API error carries in `extensions.code`. The client
 * decides what to show from the code, never from the message text.
 */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One offending input field, as carried by BAD_USER_INPUT errors. */
export interface FieldProblem {
  field: string;
  message: string;
}
