import { useQuery } from '@apollo/client/react';
import { MySignalsDocument } from '../../../graphql/generated/graphql';

/** My active signals with everyone else involved; read fresh on every visit, since others may have signalled since. */
export function useMySignals() {
  const { data, loading, error, refetch } = useQuery(MySignalsDocument, { fetchPolicy: 'cache-and-network' });
  return { matches: data?.mySignals ?? null, loading: loading && !data, error, refetch };
}
