import { useMutation } from '@apollo/client/react';
import { AddPlanItemDocument, FamilyPlanDocument } from '../../../graphql/generated/graphql';
import { addInputOf, CheckedItem, NewItemKind } from '../utils/item-form';

/** Adds an item to the plan; a refusal is thrown for the form to show. */
export function useAddPlanItem(familyId: string) {
  const [mutate, { loading }] = useMutation(AddPlanItemDocument, {
    // The new item takes its place in the plan (sorted, with its goal) when the plan is read again.
    refetchQueries: [FamilyPlanDocument],
    awaitRefetchQueries: true,
  });

  const add = async (kind: NewItemKind, item: CheckedItem): Promise<void> => {
    await mutate({ variables: { input: addInputOf(kind, familyId, item) } });
  };

  return { add, adding: loading };
}
