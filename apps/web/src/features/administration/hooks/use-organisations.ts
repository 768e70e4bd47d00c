import { useQuery } from '@apollo/client/react';
import { OrganisationsDocument } from '../../../graphql/generated/graphql';

/**
 * Every organisation, for the platform administrator: from the cache at once
 * when there is one, and fresh from the API on every visit.
 */
export function useOrganisations() {
  const { data, loading, refetch } = useQuery(OrganisationsDocument, { fetchPolicy: 'cache-and-network' });
  return { organisations: data?.organisations ?? null, loading: loading && !data, refetch };
}
