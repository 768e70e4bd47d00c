import { useMutation } from '@apollo/client/react';
import { FamilyInvolvementsDocument, FamilyPlanDocument, RecordLegalBasisDocument } from '../../../graphql/generated/graphql';
import { CheckedLegalBasis, recordLegalBasisInputOf } from '../utils/legal-basis-form';

/** Records sharing without consent; a failure is thrown for the form kit to show. */
export function useRecordLegalBasis(familyId: string, recipientInvolvementId: string) {
  const [mutate] = useMutation(RecordLegalBasisDocument, {
    // A legal basis changes what the recipient may read: the plan, and the list of legal bases.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const record = async (basis: CheckedLegalBasis): Promise<void> => {
    await mutate({ variables: { input: recordLegalBasisInputOf(familyId, recipientInvolvementId, basis) } });
  };

  return { record };
}
