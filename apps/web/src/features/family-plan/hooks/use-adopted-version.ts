import { useQuery } from '@apollo/client/react';
import { AdoptedVersionDocument } from '../../../graphql/generated/graphql';

export function useAdoptedVersion(familyId: string, number: number) {
  const { data, loading, error, refetch } = useQuery(AdoptedVersionDocument, {
    variables: { familyId, number },
    skip: !Number.isInteger(number) || number < 1,
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
