import { useMutation } from '@apollo/client/react';
import {
  FamilyPlanDocument,
  HandOverRegisseurDocument,
  MyOverviewDocument,
  RegisseurHandoverDocument,
} from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';

export const HANDOVER_FIELDS = ['toInvolvementId', 'note'] as const;

export type HandoverField = (typeof HANDOVER_FIELDS)[number];

export function useHandOverRegisseur() {
  const [mutate, { loading }] = useMutation(HandOverRegisseurDocument, {
    // Who is regisseur shows on the plan, the overview and this page; all of them change.
    refetchQueries: [FamilyPlanDocument, MyOverviewDocument, RegisseurHandoverDocument],
  });

  /** Resolves to null when the role has passed on, or to what the form should show. */
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
