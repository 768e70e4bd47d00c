import { useMutation } from '@apollo/client/react';
import { SetAgreementStatusDocument } from '../../../graphql/generated/graphql';
import { failedSave, SaveResult } from '../utils/save-result';

export const STATUS_FIELDS = ['reason'] as const;

export type StatusField = (typeof STATUS_FIELDS)[number];

export type AgreementStatus = 'OPEN' | 'DONE' | 'NOT_KEPT';

export function useSetAgreementStatus() {
  const [mutate, { loading }] = useMutation(SetAgreementStatusDocument);

  const setStatus = async (
    id: string,
    expectedVersion: number,
    status: AgreementStatus,
    reason?: string,
  ): Promise<SaveResult<StatusField>> => {
    try {
      const trimmed = reason?.trim();
      await mutate({ variables: { input: { id, expectedVersion, status, ...(trimmed ? { reason: trimmed } : {}) } } });
      return { ok: true };
    } catch (error) {
      return failedSave(error, STATUS_FIELDS);
    }
  };

  return { setStatus, settingStatus: loading };
}
