import { useMutation } from '@apollo/client/react';
import { AddNetworkMemberDocument } from '../../../graphql/generated/graphql';
import { CheckedNetworkMember } from '../utils/network-details';

export function useAddNetworkMember(familyId: string) {
  // The plan page reads the family afresh when the regisseur returns to it.
  const [mutate] = useMutation(AddNetworkMemberDocument);

  /** Resolves to the person once they are in the family's network; a refusal is thrown, for the form to show. */
  const add = async (person: CheckedNetworkMember): Promise<CheckedNetworkMember> => {
    await mutate({ variables: { input: { familyId, ...person } } });
    return person;
  };

  return { add };
}
