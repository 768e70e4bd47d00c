import { useMutation } from '@apollo/client/react';
import { RecordFamilyInformedDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';

const INFORMED_FIELDS = ['informedAt'] as const;

export type InformedField = (typeof INFORMED_FIELDS)[number];

export function useRecordFamilyInformed() {
  const [mutate, { loading }] = useMutation(RecordFamilyInformedDocument);

  /** `informedAt` is the moment the family was told. Resolves to null when recorded. */
  const recordInformed = async (legalBasisId: string, informedAt: Date): Promise<FormProblem<InformedField> | null> => {
    try {
      await mutate({ variables: { input: { legalBasisId, informedAt: informedAt.toISOString() } } });
      return null;
    } catch (error) {
      return formProblemOf(error, INFORMED_FIELDS);
    }
  };

  return { recordInformed, recordingInformed: loading };
}
