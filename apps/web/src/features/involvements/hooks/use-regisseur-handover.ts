import { useQuery } from '@apollo/client/react';
import { RegisseurHandoverDocument } from '../../../graphql/generated/graphql';

export function useRegisseurHandover(familyId: string) {
  const { data, loading, error, refetch } = useQuery(RegisseurHandoverDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
