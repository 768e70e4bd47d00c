import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';

/** Why the password was not saved, in the terms the page shows. */
export type ActivationProblem =
  /** The link is unknown, already used or expired (or cut short): only a new link helps. */
  | { kind: 'link' }
  /** The link is good, but its account is disabled: the link is not used up, and works again once the account is enabled. */
  | { kind: 'disabled' }
  /** The API refused the password itself. */
  | { kind: 'password' }
  /** Anything the person cannot fix by changing what they typed. */
  | { kind: 'unavailable' };

/**
 * Reads a failed `activateAccount`. The API names the field that caused it:
 * `token` (the link) or `password`. A dead link comes first: with it, no
 * password can be chosen, however good.
 */
export function activationProblemOf(error: unknown): ActivationProblem {
  const apiError = readApiError(error);
  if (apiError?.code === ErrorCode.AccountDisabled) return { kind: 'disabled' };
  if (apiError?.code !== ErrorCode.BadUserInput) return { kind: 'unavailable' };
  const fields = apiError.fields.map((problem) => problem.field.replace(/^input\./, ''));
  if (fields.includes('token')) return { kind: 'link' };
  if (fields.includes('password')) return { kind: 'password' };
  return { kind: 'unavailable' };
}
