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
  /** The family or network member has a portal account already: there is nobody left to invite. */
  PortalAccountExists: 'PORTAL_ACCOUNT_EXISTS',
  /**
   * Signing in through a portal invitation's link with an account that cannot be linked to the invited
   * person (another kind of account, already linked to someone else in that family, or the person has
   * an account already): nobody was signed in and the invitation stays open. Sign in without the link.
   */
  PortalInvitationNotLinkable: 'PORTAL_INVITATION_NOT_LINKABLE',
  /** Another account uses this e-mail address: choose another one. */
  EmailAddressTaken: 'EMAIL_ADDRESS_TAKEN',
  /** A valid activation link for a disabled account: it stays valid until the account is enabled again. */
  AccountDisabled: 'ACCOUNT_DISABLED',
  /** GraphQL over GET: operations travel in a POST body, never in the address. */
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  /** The database cannot be reached for the moment: nothing was done; try again shortly. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /**
   * The database is up, but every connection to it stayed in use while this request waited for one:
   * the server is overloaded for the moment; try again in a few seconds.
   */
  ServerBusy: 'SERVER_BUSY',
  /** The person is already a member of another active family plan: ask that plan's regisseur to involve you. */
  PersonHasPlan: 'PERSON_HAS_PLAN',
  /** The plan is closed: it is read-only until its regisseur reopens it. */
  PlanClosed: 'PLAN_CLOSED',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One offending input field, as carried by BAD_USER_INPUT errors. */
export interface FieldProblem {
  field: string;
  message: string;
}
