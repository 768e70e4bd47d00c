import { useMutation } from '@apollo/client/react';
import {
  FamilyPlanDocument,
  HandOverRegisseurDocument,
  MyOverviewDocument,
  MyRegisseurHandoverProposalsDocument,
  RegisseurHandoverDocument,
} from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';

export const HANDOVER_FIELDS = ['toInvolvementId', 'note'] as const;

export type HandoverField = (typeof HANDOVER_FIELDS)[number];

export function useHandOverRegisseur() {
  const [mutate, { loading }] = useMutation(HandOverRegisseurDocument, {
    // The waiting proposal shows on the plan and this page; all of them change.
    refetchQueries: [FamilyPlanDocument, MyOverviewDocument, RegisseurHandoverDocument, MyRegisseurHandoverProposalsDocument],
  });

  /** Resolves to null when the proposal is made, or to what the form should show. */
  const handOver = async (
    familyId: string,
    toInvolvementId: string,
    note: string,
  ): Promise<CaseFormProblem<HandoverField> | null> => {
    try {
      await mutate({ variables: { input: { familyId, toInvolvementId, note: note.trim() } } });
      return null;
    } catch (error) {
      return caseProblemOf(error, HANDOVER_FIELDS);
    }
  };

  return { handOver, handingOver: loading };
}
