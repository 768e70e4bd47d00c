import { useMutation } from '@apollo/client/react';
import { WithdrawConsentDocument } from '../../../graphql/generated/graphql';

export function useWithdrawConsent() {
  const [mutate, { loading }] = useMutation(WithdrawConsentDocument);

  /** Ends the access the consent gave, at once. Resolves to false when it did not work. */
  const withdraw = async (consentId: string, note: string): Promise<boolean> => {
    try {
      const trimmed = note.trim();
      await mutate({ variables: { input: { consentId, ...(trimmed ? { note: trimmed } : {}) } } });
      return true;
    } catch {
      return false;
    }
  };

  return { withdraw, withdrawing: loading };
}
