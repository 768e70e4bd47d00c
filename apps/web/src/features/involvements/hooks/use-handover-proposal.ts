import { useMutation } from '@apollo/client/react';
import {
  AcceptRegisseurHandoverDocument,
  DeclineRegisseurHandoverDocument,
  FamilyPlanDocument,
  MyOverviewDocument,
  MyRegisseurHandoverProposalsDocument,
  RegisseurHandoverDocument,
  WithdrawRegisseurHandoverDocument,
} from '../../../graphql/generated/graphql';

/** Who is regisseur, and the waiting proposal, show on the plan, the overview and the handover page: all of them change. */
const REFETCH = [FamilyPlanDocument, MyOverviewDocument, MyRegisseurHandoverProposalsDocument, RegisseurHandoverDocument];

/** Answering (accept, decline) and withdrawing a regisseur handover proposal; a failure is thrown for the caller to show. */
export function useHandoverProposal() {
  const [acceptMutation, accepting] = useMutation(AcceptRegisseurHandoverDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [declineMutation] = useMutation(DeclineRegisseurHandoverDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [withdrawMutation, withdrawing] = useMutation(WithdrawRegisseurHandoverDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });

  return {
    accept: async (proposalId: string): Promise<void> => {
      await acceptMutation({ variables: { proposalId } });
    },
    decline: async (proposalId: string, reason: string): Promise<void> => {
      await declineMutation({ variables: { input: { proposalId, reason: reason.trim() || undefined } } });
    },
    withdraw: async (proposalId: string): Promise<void> => {
      await withdrawMutation({ variables: { proposalId } });
    },
    accepting: accepting.loading,
    withdrawing: withdrawing.loading,
  };
}
