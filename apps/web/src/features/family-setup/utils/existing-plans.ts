import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';
import { ExistingPlanMatch } from '../../../graphql/generated/graphql';

/** A person about to be entered is already in a family with an active plan: how to reach that plan's regisseur. */
export interface ExistingPlanFlag {
  matchedBy: ExistingPlanMatch;
  regisseurName: string;
  organisationName: string | null;
  phone: string | null;
  email: string;
}

/** What the check needs of a person in the form: who they are, and whether a namesake was confirmed to be someone else. */
export interface PersonToCheck {
  key: string;
  differentPersonConfirmed: boolean;
}

/**
 * The people to flag, by key, from `peopleInActivePlans` (same order as asked).
 * A match by BSN always stops the start; a match by name and date of birth only
 * until the starter confirmed that it is another person.
 */
/** A plan as the API answers it: the contact fields may be left out. */
type FoundPlan = Omit<ExistingPlanFlag, 'organisationName' | 'phone'> & { organisationName?: string | null; phone?: string | null };

export function flagsOf(
  people: readonly PersonToCheck[],
  found: ReadonlyArray<FoundPlan | null | undefined>,
): Record<string, ExistingPlanFlag> {
  const flags: Record<string, ExistingPlanFlag> = {};
  people.forEach((person, index) => {
    const plan = found[index];
    if (!plan) return;
    if (plan.matchedBy === 'NAME_AND_DATE_OF_BIRTH' && person.differentPersonConfirmed) return;
    flags[person.key] = {
      matchedBy: plan.matchedBy,
      regisseurName: plan.regisseurName,
      organisationName: plan.organisationName ?? null,
      phone: plan.phone ?? null,
      email: plan.email,
    };
  });
  return flags;
}

function isFlagged(value: unknown): value is ExistingPlanFlag & { field?: string } {
  if (typeof value !== 'object' || value === null) return false;
  const person = value as Record<string, unknown>;
  return typeof person['regisseurName'] === 'string' && typeof person['email'] === 'string';
}

/**
 * PERSON_HAS_PLAN from the start itself (someone else started a plan for them in
 * the meantime): the flags by key, from the people the API names as
 * `members.<index>`. Null when the error is something else.
 */
export function flagsFromRefusal(error: unknown, keys: readonly string[]): Record<string, ExistingPlanFlag> | null {
  if (readApiError(error)?.code !== ErrorCode.PersonHasPlan || !CombinedGraphQLErrors.is(error)) return null;
  const people = error.errors[0]?.extensions?.['people'];
  const flags: Record<string, ExistingPlanFlag> = {};
  for (const person of Array.isArray(people) ? people.filter(isFlagged) : []) {
    const index = Number(/members\.(\d+)/.exec(person.field ?? '')?.[1]);
    const key = keys[index];
    if (key === undefined) continue;
    flags[key] = {
      matchedBy: person.matchedBy === 'NAME_AND_DATE_OF_BIRTH' ? 'NAME_AND_DATE_OF_BIRTH' : 'BSN',
      regisseurName: person.regisseurName,
      organisationName: person.organisationName ?? null,
      phone: person.phone ?? null,
      email: person.email,
    };
  }
  return flags;
}
