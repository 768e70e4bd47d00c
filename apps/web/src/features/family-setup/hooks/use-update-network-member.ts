import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { UpdateNetworkMemberDocument, UpdateNetworkMemberMutation } from '../../../graphql/generated/graphql';
import { CheckedNetworkMember } from '../utils/network-details';

/** A network member's details as the API has them; with CONFLICT, as someone else saved them. */
export type CurrentNetworkMember = UpdateNetworkMemberMutation['updateNetworkMember'];

/** The person as someone else saved them, from the API's CONFLICT answer; null for any other failure. */
export function currentNetworkMemberOf(error: unknown): CurrentNetworkMember | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const current = error.errors[0]?.extensions?.['current'];
  if (typeof current !== 'object' || current === null) return null;
  const fields = current as Record<string, unknown>;
  const textOrNull = (name: string) => typeof fields[name] === 'string' || fields[name] === null;
  const valid =
    ['id', 'name', 'relation'].every((name) => typeof fields[name] === 'string') &&
    ['phone', 'email'].every(textOrNull) &&
    typeof fields['version'] === 'number';
  return valid ? (current as CurrentNetworkMember) : null;
}

export function useUpdateNetworkMember() {
  // The answer is the person itself: the cache updates them everywhere they are shown.
  const [mutate] = useMutation(UpdateNetworkMemberDocument);

  /** A refusal is thrown, for the form to show. */
  const update = async (id: string, expectedVersion: number, person: CheckedNetworkMember): Promise<void> => {
    await mutate({ variables: { input: { id, expectedVersion, ...person } } });
  };

  return { update };
}
