import { useMutation } from '@apollo/client/react';
import { GiveInstitutionConsentDocument } from '../../../graphql/generated/graphql';

export function useGiveInstitutionConsent() {
  const [mutate, { loading }] = useMutation(GiveInstitutionConsentDocument);

  /**
   * The professional of the certified institution holding parental authority gives
   * its consent. Resolves to false when it did not work.
   */
  const giveForInstitution = async (consentId: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { consentId } } });
      return true;
    } catch {
      return false;
    }
  };

  return { giveForInstitution, givingForInstitution: loading };
}
