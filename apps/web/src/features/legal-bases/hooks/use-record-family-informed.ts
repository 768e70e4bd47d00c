import { useMutation } from '@apollo/client/react';
import { RecordFamilyInformedDocument } from '../../../graphql/generated/graphql';

/** Records when the family was told; a failure is thrown for the form kit to show. */
export function useRecordFamilyInformed() {
  const [mutate] = useMutation(RecordFamilyInformedDocument);

  /** `informedAt` is the moment the family was told. */
  const recordInformed = async (legalBasisId: string, informedAt: Date): Promise<void> => {
    await mutate({ variables: { input: { legalBasisId, informedAt: informedAt.toISOString() } } });
  };

  return { recordInformed };
}
