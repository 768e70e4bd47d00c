import { useQuery } from '@apollo/client/react';
import { LegalBasisRecordingDocument } from '../../../graphql/generated/graphql';

export function useLegalBasisRecording(familyId: string) {
  const { data, loading, error, refetch } = useQuery(LegalBasisRecordingDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
