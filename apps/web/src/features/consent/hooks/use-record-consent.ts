import { useMutation } from '@apollo/client/react';
import { FamilyConsentDocument, FamilyPlanDocument, RecordConsentDocument } from '../../../graphql/generated/graphql';
import { CheckedConsent, recordConsentInputOf } from '../utils/consent-form';

/** Records a consent; a failure is thrown for the form kit to show. */
export function useRecordConsent(familyId: string) {
  const [mutate] = useMutation(RecordConsentDocument, {
    // A consent changes who may read what: the requirements, the list and the plan.
    refetchQueries: [FamilyConsentDocument, FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const record = async (consent: CheckedConsent): Promise<void> => {
    await mutate({ variables: { input: recordConsentInputOf(familyId, consent) } });
  };

  return { record };
}
