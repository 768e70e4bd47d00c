import { useMutation } from '@apollo/client/react';
import { FamilyConsentDocument, FamilyPlanDocument, RecordConsentDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { CONSENT_FIELDS, ConsentDraft, ConsentField, recordConsentInputOf } from '../utils/consent-draft';

export function useRecordConsent(familyId: string) {
  const [mutate, { loading }] = useMutation(RecordConsentDocument, {
    // A consent changes who may read what: the requirements, the list and the plan.
    refetchQueries: [FamilyConsentDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const record = async (draft: ConsentDraft): Promise<FormProblem<ConsentField> | null> => {
    try {
      await mutate({ variables: { input: recordConsentInputOf(familyId, draft) } });
      return null;
    } catch (error) {
      return formProblemOf(error, CONSENT_FIELDS);
    }
  };

  return { record, recording: loading };
}
