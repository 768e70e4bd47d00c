import { useMutation } from '@apollo/client/react';
import { UpdatePlanItemDocument } from '../../../graphql/generated/graphql';
import { failedSave, SaveResult } from '../utils/save-result';

export const EDIT_FIELDS = ['text', 'dueOn'] as const;

export type EditField = (typeof EDIT_FIELDS)[number];

export interface ItemEdit {
  id: string;
  /** The version the person started from; a newer one on the server is a conflict. */
  expectedVersion: number;
  text: string;
  dueOn?: string;
}

export function useUpdatePlanItem() {
  // The answer is the item itself: the cache updates it in place.
  const [mutate, { loading }] = useMutation(UpdatePlanItemDocument);

  const update = async ({ id, expectedVersion, text, dueOn }: ItemEdit): Promise<SaveResult<EditField>> => {
    try {
      await mutate({
        variables: { input: { id, expectedVersion, text: text.trim(), ...(dueOn ? { dueOn } : {}) } },
      });
      return { ok: true };
    } catch (error) {
      return failedSave(error, EDIT_FIELDS);
    }
  };

  return { update, updating: loading };
}
