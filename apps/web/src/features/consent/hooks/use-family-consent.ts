import { useQuery } from '@apollo/client/react';
import { FamilyConsentDocument } from '../../../graphql/generated/graphql';

export function useFamilyConsent(familyId: string) {
  const { data, loading, error, refetch } = useQuery(FamilyConsentDocument, {
    variables: { id: familyId },
    fetchPolicy: 'cache-and-network',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
