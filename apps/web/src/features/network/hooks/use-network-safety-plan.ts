import { useQuery } from '@apollo/client/react';
import { NetworkSafetyPlanDocument } from '../../../graphql/generated/graphql';

/** The parts of the family's safety plan a network member may read. */
export function useNetworkSafetyPlan(familyId: string) {
  const { data, loading, error, refetch } = useQuery(NetworkSafetyPlanDocument, {
    variables: { familyId },
    // Shown at once from memory, then brought up to date: others write in the logbook meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading, error, refetch };
}
