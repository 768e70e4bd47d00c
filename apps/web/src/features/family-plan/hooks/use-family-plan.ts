import { useQuery } from '@apollo/client/react';
import { FamilyPlanDocument } from '../../../graphql/generated/graphql';

/** One family's plan as the signed-in professional may see it; read fresh on every visit. */
export function useFamilyPlan(familyId: string) {
  const { data, loading, error, refetch } = useQuery(FamilyPlanDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
