import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { UpdateNetworkMemberDocument, UpdateNetworkMemberMutation } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';
import { NETWORK_FIELDS, NetworkDetails, NetworkField, networkInputOf } from '../utils/network-details';

/** A network member's details as the API has them; with CONFLICT, as someone else saved them. */
export type CurrentNetworkMember = UpdateNetworkMemberMutation['updateNetworkMember'];

export type UpdateNetworkMemberResult =
  | { ok: true }
  | { ok: false; problem: CaseFormProblem<NetworkField>; current: CurrentNetworkMember | null };

function currentNetworkMemberOf(error: unknown): CurrentNetworkMember | null {
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
  const [mutate, { loading }] = useMutation(UpdateNetworkMemberDocument);

  const update = async (id: string, expectedVersion: number, person: NetworkDetails): Promise<UpdateNetworkMemberResult> => {
    try {
      await mutate({ variables: { input: { id, expectedVersion, ...networkInputOf(person) } } });
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: caseProblemOf(error, NETWORK_FIELDS), current: currentNetworkMemberOf(error) };
    }
  };

  return { update, updating: loading };
}
