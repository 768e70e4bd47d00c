import { useMutation } from '@apollo/client/react';
import { FamilyPlanDocument, UpdatePlanItemDocument, UpdatePlanItemInput } from '../../../graphql/generated/graphql';

/**
 * Holds an evaluation (or corrects its outcome). Holding it with a next date
 * plans that one in the same save, so the plan is read again to show it.
 */
export function useHoldEvaluation() {
  const [mutate] = useMutation(UpdatePlanItemDocument, { refetchQueries: [FamilyPlanDocument], awaitRefetchQueries: true });
  return async (input: UpdatePlanItemInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
