import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FamilyMemberFieldsFragment, UpdateFamilyMemberDocument } from '../../../graphql/generated/graphql';
import { CheckedMember } from '../utils/member-details';

/** A member's details as someone else saved them, sent by the API with CONFLICT. */
export type CurrentMember = FamilyMemberFieldsFragment & { version: number };

/** The member as someone else saved them, from the API's CONFLICT answer; null for any other failure. */
export function currentMemberOf(error: unknown): CurrentMember | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const current = error.errors[0]?.extensions?.['current'];
  if (typeof current !== 'object' || current === null) return null;
  const fields = current as Record<string, unknown>;
  const text = (name: string) => typeof fields[name] === 'string';
  const flag = (name: string) => typeof fields[name] === 'boolean';
  const valid =
    ['id', 'givenName', 'familyName', 'role'].every(text) &&
    ['hasParentalAuthority', 'livesAtHome'].every(flag) &&
    typeof fields['version'] === 'number';
  return valid ? (current as CurrentMember) : null;
}

export function useUpdateFamilyMember() {
  // The answer is the member itself: the cache updates them everywhere they are shown.
  const [mutate] = useMutation(UpdateFamilyMemberDocument);

  /** A refusal is thrown, for the form to show. */
  const update = async (id: string, expectedVersion: number, member: CheckedMember): Promise<void> => {
    await mutate({ variables: { input: { id, expectedVersion, ...member } } });
  };

  return { update };
}
