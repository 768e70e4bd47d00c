import { useMutation } from '@apollo/client/react';
import { AddNetworkMemberDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';
import { NETWORK_FIELDS, NetworkDetails, NetworkField, networkInputOf } from '../utils/network-details';

export function useAddNetworkMember(familyId: string) {
  // The plan page reads the family afresh when the regisseur returns to it.
  const [mutate, { loading }] = useMutation(AddNetworkMemberDocument);

  /** Resolves to null once the person is in the family's network, or to what the form should show. */
  const add = async (person: NetworkDetails): Promise<CaseFormProblem<NetworkField> | null> => {
    try {
      await mutate({ variables: { input: { familyId, ...networkInputOf(person) } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, NETWORK_FIELDS);
    }
  };

  return { add, adding: loading };
}
