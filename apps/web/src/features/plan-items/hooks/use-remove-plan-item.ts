import { useMutation } from '@apollo/client/react';
import { FamilyPlanDocument, RemovePlanItemDocument } from '../../../graphql/generated/graphql';
import { failedSave, SaveResult } from '../utils/save-result';

export const REMOVE_FIELDS = ['reason'] as const;

export type RemoveField = (typeof REMOVE_FIELDS)[number];

export function useRemovePlanItem() {
  const [mutate, { loading }] = useMutation(RemovePlanItemDocument, {
    refetchQueries: [FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  /** Marks the item removed with the reason; nothing is deleted, and its history stays. */
  const remove = async (id: string, expectedVersion: number, reason: string): Promise<SaveResult<RemoveField>> => {
    try {
      await mutate({ variables: { input: { id, expectedVersion, reason: reason.trim() } } });
      return { ok: true };
    } catch (error) {
      return failedSave(error, REMOVE_FIELDS);
    }
  };

  return { remove, removing: loading };
}
