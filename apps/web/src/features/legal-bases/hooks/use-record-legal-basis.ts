import { useMutation } from '@apollo/client/react';
import { FamilyInvolvementsDocument, FamilyPlanDocument, RecordLegalBasisDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { LEGAL_BASIS_FIELDS, LegalBasisDraft, LegalBasisField, recordLegalBasisInputOf } from '../utils/legal-basis-draft';

export function useRecordLegalBasis(familyId: string, recipientInvolvementId: string) {
  const [mutate, { loading }] = useMutation(RecordLegalBasisDocument, {
    // A legal basis changes what the recipient may read: the plan, and the list of legal bases.
    refetchQueries: [FamilyInvolvementsDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  /** Resolves to null when recorded, or to what the form should show. */
  const record = async (draft: LegalBasisDraft): Promise<FormProblem<LegalBasisField> | null> => {
    try {
      await mutate({ variables: { input: recordLegalBasisInputOf(familyId, recipientInvolvementId, draft) } });
      return null;
    } catch (error) {
      return formProblemOf(error, LEGAL_BASIS_FIELDS);
    }
  };

  return { record, recording: loading };
}
