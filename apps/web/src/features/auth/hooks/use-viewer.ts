import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../graphql/generated/graphql';

/**
 * Who is signed in, as the API last said. Every screen reads it from the same
 * cached query, so signing in or out changes them all at once.
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading, error, refetch };
}
