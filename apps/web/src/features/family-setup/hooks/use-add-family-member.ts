import { useMutation } from '@apollo/client/react';
import { AddFamilyMemberDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';
import { MEMBER_FIELDS, MemberDetails, MemberField, memberInputOf } from '../utils/member-details';

export function useAddFamilyMember(familyId: string) {
  // The plan page reads the family afresh when the regisseur returns to it.
  const [mutate, { loading }] = useMutation(AddFamilyMemberDocument);

  /** Resolves to null once the member is in the family, or to what the form should show. */
  const add = async (member: MemberDetails): Promise<CaseFormProblem<MemberField> | null> => {
    try {
      await mutate({ variables: { input: { familyId, ...memberInputOf(member) } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, MEMBER_FIELDS);
    }
  };

  return { add, adding: loading };
}
