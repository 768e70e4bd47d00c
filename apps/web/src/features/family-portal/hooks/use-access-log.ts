import { useQuery } from '@apollo/client/react';
import { PortalAccessLogDocument } from '../../../graphql/generated/graphql';

/** As many lines as the API gives at once; the first page shows fewer. */
export const ACCESS_LOG_FIRST = 50;
export const ACCESS_LOG_MOST = 200;

/** Who read or changed the family's information, newest first. Asking is itself logged. */
export function useAccessLog(familyId: string, limit: number) {
  const { data, previousData, loading, error, refetch } = useQuery(PortalAccessLogDocument, {
    variables: { familyId, limit },
    // Who looked changes all the time: always asked again, the last answer shown meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  // While more lines load, the lines already shown stay.
  const family = data?.family ?? previousData?.family ?? null;
  return { family, loading, error, refetch };
}
