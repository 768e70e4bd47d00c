import { useQuery } from '@apollo/client/react';
import { PortalFamilyPlanDocument } from '../../../graphql/generated/graphql';

/** The family's plan as this family member may read it, with who helps the family. */
export function useFamilyPlan(familyId: string) {
  const { data, loading, error, refetch } = useQuery(PortalFamilyPlanDocument, {
    variables: { familyId },
    // Shown at once from memory, then brought up to date: professionals change the plan meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading, error, refetch };
}
