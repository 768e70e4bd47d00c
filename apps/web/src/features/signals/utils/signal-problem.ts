import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';
import { apiFieldErrors } from '../../../shared/forms';

/** A young person who is already in a family with an active plan, and how to reach its regisseur. */
export interface PersonWithPlan {
  givenName: string;
  familyName: string;
  regisseurName: string;
  email: string;
  phone: string | null;
}

/** Why a signal operation failed, in terms the page can show. */
export type SignalProblem =
  /** BAD_USER_INPUT: the form kit marks the fields the API named. */
  | { kind: 'fields' }
  /** CONFLICT: registering, a signal of mine on this young person is already active. */
  | { kind: 'conflict' }
  /** FORBIDDEN or NOT_FOUND: not mine (any more), or not allowed: typing cannot fix it. */
  | { kind: 'refused' }
  /** PERSON_HAS_PLAN: starting, a young person already has an active plan; nothing was created. */
  | { kind: 'personHasPlan'; people: PersonWithPlan[] }
  | { kind: 'unavailable' };

function isPersonWithPlan(value: unknown): value is PersonWithPlan {
  if (typeof value !== 'object' || value === null) return false;
  const person = value as Record<string, unknown>;
  return ['givenName', 'familyName', 'regisseurName', 'email'].every((key) => typeof person[key] === 'string');
}

function peopleWithPlan(error: unknown): PersonWithPlan[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const people = error.errors[0]?.extensions?.['people'];
  return Array.isArray(people) ? people.filter(isPersonWithPlan) : [];
}

export function signalProblemOf(error: unknown): SignalProblem {
  const apiError = readApiError(error);
  switch (apiError?.code) {
    case ErrorCode.BadUserInput:
      return { kind: 'fields' };
    case ErrorCode.Conflict:
      return { kind: 'conflict' };
    case ErrorCode.PersonHasPlan:
      return { kind: 'personHasPlan', people: peopleWithPlan(error) };
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
      return { kind: 'refused' };
    default:
      return { kind: 'unavailable' };
  }
}

/** A failed save a signal form says in its own words; null when the form kit marks the fields the API named. */
export type SignalFormFailure = Exclude<SignalProblem, { kind: 'fields' }>;

export function signalFormFailureOf(
  error: unknown,
  values: Record<string, unknown>,
  aliases?: Readonly<Record<string, string>>,
): SignalFormFailure | null {
  const problem = signalProblemOf(error);
  if (problem.kind !== 'fields') return problem;
  // Rejected fields the form does not show cannot be fixed by the person.
  return apiFieldErrors(error, values, aliases) ? null : { kind: 'unavailable' };
}
