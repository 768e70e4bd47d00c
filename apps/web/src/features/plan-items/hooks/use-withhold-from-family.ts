import { useMutation } from '@apollo/client/react';
import { WithholdFromFamilyDocument } from '../../../graphql/generated/graphql';

export function useWithholdFromFamily() {
  // The answer is the item itself, with its reason: the cache updates it in place.
  const [mutate, { loading }] = useMutation(WithholdFromFamilyDocument);

  /** With a reason the family no longer sees the item; without one (null) they see it again. A refusal is thrown for the form to show. */
  const withhold = async (id: string, expectedVersion: number, reason: string | null): Promise<void> => {
    await mutate({ variables: { input: { id, expectedVersion, reason: reason?.trim() ?? null } } });
  };

  return { withhold, withholding: loading };
}
