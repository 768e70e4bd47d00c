import { useMutation } from '@apollo/client/react';
import { GiveConsentDocument } from '../../../graphql/generated/graphql';

export function useGiveConsent() {
  const [mutate, { loading }] = useMutation(GiveConsentDocument);

  /** The regisseur records that one more person gave this consent. Resolves to false when it did not work. */
  const give = async (consentId: string, memberId: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { consentId, memberId } } });
      return true;
    } catch {
      return false;
    }
  };

  return { give, giving: loading };
}
