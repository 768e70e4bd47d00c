import { useMutation } from '@apollo/client/react';
import { AddFamilyMemberDocument } from '../../../graphql/generated/graphql';
import { CheckedMember } from '../utils/member-details';

export function useAddFamilyMember(familyId: string) {
  // The plan page reads the family afresh when the regisseur returns to it.
  const [mutate] = useMutation(AddFamilyMemberDocument);

  /** Resolves to the member once they are in the family; a refusal is thrown, for the form to show. */
  const add = async (member: CheckedMember): Promise<CheckedMember> => {
    await mutate({ variables: { input: { familyId, ...member } } });
    return member;
  };

  return { add };
}
