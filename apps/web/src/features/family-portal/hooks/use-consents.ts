import { useMutation, useQuery } from '@apollo/client/react';
import {
  PortalConsentsDocument,
  PortalGiveConsentDocument,
  PortalWithdrawConsentDocument,
} from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';

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

export const WITHDRAW_FIELDS = ['note'] as const;

export type WithdrawField = (typeof WITHDRAW_FIELDS)[number];

/** Withdrawing ends the access the consent gave, at once. */
export function useWithdrawConsent() {
  const [mutate, { loading }] = useMutation(PortalWithdrawConsentDocument);
  const withdraw = async (consentId: string, note: string): Promise<CaseFormProblem<WithdrawField> | null> => {
    try {
      await mutate({ variables: { input: { consentId, note: note.trim() === '' ? null : note.trim() } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, WITHDRAW_FIELDS);
    }
  };
  return { withdraw, withdrawing: loading };
}
