import { useMutation } from '@apollo/client/react';
import { WithholdFromFamilyDocument } from '../../../graphql/generated/graphql';
import { failedSave, SaveResult } from '../utils/save-result';

export const WITHHOLD_FIELDS = ['reason'] as const;

export type WithholdField = (typeof WITHHOLD_FIELDS)[number];

export function useWithholdFromFamily() {
  // The answer is the item itself, with its reason: the cache updates it in place.
  const [mutate, { loading }] = useMutation(WithholdFromFamilyDocument);

  /** With a reason the family no longer sees the item; without one (null) they see it again. */
  const withhold = async (id: string, expectedVersion: number, reason: string | null): Promise<SaveResult<WithholdField>> => {
    try {
      await mutate({ variables: { input: { id, expectedVersion, reason: reason?.trim() ?? null } } });
      return { ok: true };
    } catch (error) {
      return failedSave(error, WITHHOLD_FIELDS);
    }
  };

  return { withhold, withholding: loading };
}
