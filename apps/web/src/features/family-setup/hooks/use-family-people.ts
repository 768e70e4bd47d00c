import { useQuery } from '@apollo/client/react';
import { FamilyPeopleDocument } from '../../../graphql/generated/graphql';

/** The family's members and network, read fresh: someone may have added or corrected a person meanwhile. */
export function useFamilyPeople(familyId: string) {
  const { data, loading, error, refetch } = useQuery(FamilyPeopleDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
