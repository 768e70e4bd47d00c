import { useMutation } from '@apollo/client/react';
import { FamilyPlanDocument, RemovePlanItemDocument } from '../../../graphql/generated/graphql';

export function useRemovePlanItem() {
  const [mutate] = useMutation(RemovePlanItemDocument, {
    refetchQueries: [FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  /** Marks the item removed with the reason; nothing is deleted, and its history stays. A refusal is thrown for the form to show. */
  const remove = async (id: string, expectedVersion: number, reason: string): Promise<void> => {
    await mutate({ variables: { input: { id, expectedVersion, reason: reason.trim() } } });
  };

  return { remove };
}
