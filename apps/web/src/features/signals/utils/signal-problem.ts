import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';

/** A young person who is already in a family with an active plan, and how to reach its regisseur. */
export interface PersonWithPlan {
  givenName: string;
  familyName: string;
  regisseurName: string;
  email: string;
  phone: string | null;
}

/**
 * Why a signal operation failed, in terms the page can show. `fields` lists
 * the API's names of rejected input fields as given (`otherMembers.0.givenName`).
 */
export type SignalProblem =
  | { kind: 'fields'; fields: readonly string[] }
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
      return { kind: 'fields', fields: apiError.fields.map((problem) => problem.field.replace(/^input\./, '')) };
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

/** Of the API's field names, those the form shows (a nested name counts for its top-level field), in the form's order. */
export function formFields<F extends string>(apiFields: readonly string[], formOrder: readonly F[]): F[] {
  const named = apiFields.map((field) => field.split('.')[0]);
  return formOrder.filter((field) => named.includes(field));
}
