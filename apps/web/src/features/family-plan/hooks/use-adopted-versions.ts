import { useQuery } from '@apollo/client/react';
import { AdoptedVersionsDocument } from '../../../graphql/generated/graphql';

export function useAdoptedVersions(familyId: string) {
  const { data, loading, error } = useQuery(AdoptedVersionsDocument, {
    variables: { familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { versions: data?.family.adoptedVersions ?? null, loading: loading && !data, error };
}
