import { useMutation } from '@apollo/client/react';
import { AddPlanItemDocument, FamilyPlanDocument } from '../../../graphql/generated/graphql';
import { addInputOf, NEW_ITEM_FIELDS, NewItemDraft, NewItemField, NewItemKind } from '../utils/new-item-draft';
import { failedSave, SaveResult } from '../utils/save-result';

export function useAddPlanItem(familyId: string) {
  const [mutate, { loading }] = useMutation(AddPlanItemDocument, {
    // The new item takes its place in the plan (sorted, with its goal) when the plan is read again.
    refetchQueries: [FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const add = async (kind: NewItemKind, draft: NewItemDraft): Promise<SaveResult<NewItemField>> => {
    try {
      await mutate({ variables: { input: addInputOf(kind, familyId, draft) } });
      return { ok: true };
    } catch (error) {
      return failedSave(error, NEW_ITEM_FIELDS);
    }
  };

  return { add, adding: loading };
}
