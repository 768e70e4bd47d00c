import { useQuery } from '@apollo/client/react';
import { FamilyInvolvementsDocument } from '../../../graphql/generated/graphql';

export function useFamilyInvolvements(familyId: string) {
  const { data, loading, error, refetch } = useQuery(FamilyInvolvementsDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
