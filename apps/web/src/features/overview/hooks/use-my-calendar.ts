import { useQuery } from '@apollo/client/react';
import { MyCalendarDocument } from '../../../graphql/generated/graphql';

/** The coming weeks across the signed-in professional's open plans; read fresh on every visit. */
export function useMyCalendar(weeks: number) {
  const { data, loading, error, refetch } = useQuery(MyCalendarDocument, { variables: { weeks }, fetchPolicy: 'cache-and-network' });
  return { calendar: data?.myCalendar ?? null, loading: loading && !data, error, refetch };
}
