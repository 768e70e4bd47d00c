import { useMutation, useQuery } from '@apollo/client/react';
import {
  ClosePlanDocument,
  ClosePlanInput,
  FamilyPlanDocument,
  PlanClosurePageDocument,
  ReopenPlanDocument,
  ReopenPlanInput,
} from '../../../graphql/generated/graphql';

/** The closure page's family, and closing and reopening its plan (the plan page shows the new state at once). */
export function usePlanClosure(familyId: string) {
  const { data, loading, error, refetch } = useQuery(PlanClosurePageDocument, { variables: { id: familyId } });
  const refetchQueries = [{ query: FamilyPlanDocument, variables: { id: familyId } }];
  const [closeMutation] = useMutation(ClosePlanDocument, { refetchQueries });
  const [reopenMutation] = useMutation(ReopenPlanDocument, { refetchQueries });
  return {
    family: data?.family ?? null,
    loading,
    error,
    refetch,
    close: async (input: Omit<ClosePlanInput, 'familyId'>) => {
      await closeMutation({ variables: { input: { familyId, ...input } } });
    },
    reopen: async (input: Omit<ReopenPlanInput, 'familyId'>) => {
      await reopenMutation({ variables: { input: { familyId, ...input } } });
    },
  };
}
