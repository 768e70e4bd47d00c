import { useMutation } from '@apollo/client/react';
import { UpdatePlanItemDocument, UpdatePlanItemInput } from '../../../graphql/generated/graphql';

/** Changes an item; a refusal (a conflict among them) is thrown for the form to show. */
export function useUpdatePlanItem() {
  // The answer is the item itself: the cache updates it in place.
  const [mutate, { loading }] = useMutation(UpdatePlanItemDocument);

  const update = async (input: UpdatePlanItemInput): Promise<void> => {
    await mutate({ variables: { input } });
  };

  return { update, updating: loading };
}
