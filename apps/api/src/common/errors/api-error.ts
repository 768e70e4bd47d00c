import { ErrorCode, FieldProblem } from '@gezinsplan/domain';
import { GraphQLError } from 'graphql';

/**
 * The errors a client may see. Each carries a stable code; the message is
 * written for the person at the screen and never reveals whether something
 * exists that they may not know about.
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'ApiError';
  }
}

export const unauthenticated = (message = 'You are not signed in, or your session has ended.') =>
  new ApiError(ErrorCode.Unauthenticated, message);

export const forbidden = (reason: string) => new ApiError(ErrorCode.Forbidden, reason);

/** The same answer for "does not exist" and "you may not see it". */
export const notFound = (what: string) => new ApiError(ErrorCode.NotFound, `${what} was not found, or you have no access to it.`);

export const badUserInput = (problems: readonly FieldProblem[]) =>
  new ApiError(
    ErrorCode.BadUserInput,
    problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
    { fields: problems },
  );

export const conflict = (message: string, current?: unknown) =>
  new ApiError(ErrorCode.Conflict, message, current === undefined ? {} : { current });

export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new ApiError(ErrorCode.TooManyRequests, message, { retryAfterSeconds });

/** Someone who is already in a family with an active plan, as the refusal names them: the person, and whom to ask. */
export interface PersonWithPlan {
  /** The input field that named them, where there is one. */
  field?: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  matchedBy: 'BSN' | 'NAME_AND_DATE_OF_BIRTH';
  regisseurName: string;
  organisationName: string | null;
  phone: string | null;
  email: string;
}

/** A person is already in another family with an active plan; `people` says who and how to reach that regisseur. */
export const personHasPlan = (people: readonly PersonWithPlan[] = []) =>
  new ApiError(
    ErrorCode.PersonHasPlan,
    people.length === 0
      ? 'A person you want to add is already in a family with an active plan. Ask that plan’s regisseur to involve you instead of starting a second plan.'
      : `${people.map((p) => `${p.givenName} ${p.familyName} (${p.dateOfBirth})`).join(', ')} ` +
        `${people.length === 1 ? 'is' : 'are'} already in a family with an active plan. ` +
        `Ask that plan’s regisseur (${[...new Set(people.map((p) => p.regisseurName))].join(', ')}) to involve you instead of starting a second plan.`,
    { people },
  );

/** The database's own refusal of a second active plan for one person (trigger `family_member_one_active_plan`). */
export function isSecondPlanRefusal(exception: unknown): boolean {
  const { driverError } = (exception ?? {}) as { driverError?: { constraint?: unknown } };
  return driverError?.constraint === 'family_member_one_active_plan';
}
/** A change to a closed plan: it stays readable, and only its regisseur can reopen it. */
export const planClosed = (reason: string) => new ApiError(ErrorCode.PlanClosed, reason);
