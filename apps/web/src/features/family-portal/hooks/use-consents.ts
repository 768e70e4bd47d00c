import { useMutation, useQuery } from '@apollo/client/react';
import {
  PortalConsentsDocument,
  PortalGiveConsentDocument,
  PortalWithdrawConsentDocument,
} from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/forms';

/** The consents that concern the signed-in family member. */
export function useConsents(familyId: string) {
  const { data, loading, error, refetch } = useQuery(PortalConsentsDocument, {
    variables: { familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading, error, refetch };
}

/** The family member gives their own consent; the answer updates the consent in place. */
export function useGiveConsent() {
  const [mutate, { loading }] = useMutation(PortalGiveConsentDocument);
  const give = async (consentId: string, memberId: string): Promise<CaseFormProblem<never> | null> => {
    try {
      await mutate({ variables: { input: { consentId, memberId } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, []);
    }
  };
  return { give, giving: loading };
}

/** Withdrawing ends the access the consent gave, at once. A failure is thrown for the form kit to show. */
export function useWithdrawConsent() {
  const [mutate] = useMutation(PortalWithdrawConsentDocument);
  const withdraw = async (consentId: string, note: string | undefined): Promise<void> => {
    await mutate({ variables: { input: { consentId, note: note ?? null } } });
  };
  return { withdraw };
}
