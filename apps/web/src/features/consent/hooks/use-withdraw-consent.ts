import { useMutation } from '@apollo/client/react';
import { WithdrawConsentDocument } from '../../../graphql/generated/graphql';

/** Ends the access the consent gave, at once. A refusal is thrown for the form kit to show. */
export function useWithdrawConsent() {
  const [mutate] = useMutation(WithdrawConsentDocument);
  const withdraw = async (consentId: string, note: string | undefined): Promise<void> => {
    await mutate({ variables: { input: { consentId, ...(note ? { note } : {}) } } });
  };
  return { withdraw };
}
