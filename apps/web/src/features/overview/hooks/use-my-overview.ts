import { useQuery } from '@apollo/client/react';
import { MyOverviewDocument } from '../../../graphql/generated/graphql';

/** The signed-in professional's families and what needs attention; read fresh on every visit. */
export function useMyOverview() {
  const { data, loading, error, refetch } = useQuery(MyOverviewDocument, { fetchPolicy: 'cache-and-network' });
  return { overview: data?.myOverview ?? null, loading: loading && !data, error, refetch };
}
