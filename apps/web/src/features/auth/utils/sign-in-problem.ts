import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';

const SIGN_IN_FIELDS = ['email', 'password'] as const;

export type SignInField = (typeof SIGN_IN_FIELDS)[number];

/** How long someone must wait after too many failed sign-ins. */
export interface SignInWait {
  minutes: number;
  until: Date;
}

/** Why a sign-in did not succeed, in the terms the form shows to the person. */
export type SignInProblem =
  | { kind: 'invalidFields'; fields: readonly SignInField[] }
  /** One answer for an unknown account, a disabled one and a wrong password: the API tells them apart to nobody. */
  | { kind: 'wrongCredentials' }
  | { kind: 'tooManyAttempts'; wait: SignInWait | null }
  /** The password was right, but the portal invitation's link cannot be linked to this account: nobody was signed in. */
  | { kind: 'invitationNotLinkable' }
  /** Anything the person cannot fix by changing what they typed. */
  | { kind: 'unavailable' };

function isSignInField(field: string): field is SignInField {
  return (SIGN_IN_FIELDS as readonly string[]).includes(field);
}

function waitOf(retryAfterSeconds: number | null, now: Date): SignInWait | null {
  if (retryAfterSeconds === null) return null;
  return {
    minutes: Math.ceil(retryAfterSeconds / 60),
    until: new Date(now.getTime() + retryAfterSeconds * 1000),
  };
}

export function signInProblemOf(error: unknown, now = new Date()): SignInProblem {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.BadUserInput: {
      const fields = [...new Set(apiError.fields.map((problem) => problem.field).filter(isSignInField))];
      return fields.length > 0 ? { kind: 'invalidFields', fields } : { kind: 'unavailable' };
    }
    case ErrorCode.Unauthenticated:
      return { kind: 'wrongCredentials' };
    case ErrorCode.PortalInvitationNotLinkable:
      return { kind: 'invitationNotLinkable' };
    case ErrorCode.TooManyRequests:
      return { kind: 'tooManyAttempts', wait: waitOf(apiError.retryAfterSeconds, now) };
    default:
      return { kind: 'unavailable' };
  }
}
