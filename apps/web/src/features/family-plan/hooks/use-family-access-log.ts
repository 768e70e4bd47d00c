import { useQuery } from '@apollo/client/react';
import { FamilyAccessLogDocument } from '../../../graphql/generated/graphql';

/** The newest lines; looking at the log is itself logged, so it is read fresh every time. */
export const ACCESS_LOG_LIMIT = 100;

export function useFamilyAccessLog(familyId: string) {
  const { data, loading, error, refetch } = useQuery(FamilyAccessLogDocument, {
    variables: { familyId, limit: ACCESS_LOG_LIMIT },
    fetchPolicy: 'network-only',
  });
  return { family: data?.family ?? null, loading: loading && !data, error, refetch };
}
