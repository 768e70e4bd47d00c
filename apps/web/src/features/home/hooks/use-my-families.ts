import { useQuery } from '@apollo/client/react';
import { MyFamiliesDocument } from '../../../graphql/generated/graphql';

export function useMyFamilies() {
  const { data, loading, error, refetch } = useQuery(MyFamiliesDocument, { fetchPolicy: 'cache-and-network' });
  return { families: data?.myFamilies ?? null, loading: loading && !data, error, refetch };
}
