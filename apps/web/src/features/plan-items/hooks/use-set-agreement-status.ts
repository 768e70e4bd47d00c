import { useMutation } from '@apollo/client/react';
import { SetAgreementStatusDocument } from '../../../graphql/generated/graphql';

export type AgreementStatus = 'OPEN' | 'DONE' | 'NOT_KEPT';

export function useSetAgreementStatus() {
  const [mutate, { loading }] = useMutation(SetAgreementStatusDocument);

  /** Sets the status; a refusal (a conflict among them) is thrown for the form to show. */
  const setStatus = async (id: string, expectedVersion: number, status: AgreementStatus, reason?: string): Promise<void> => {
    const trimmed = reason?.trim();
    await mutate({ variables: { input: { id, expectedVersion, status, ...(trimmed ? { reason: trimmed } : {}) } } });
  };

  return { setStatus, settingStatus: loading };
}
