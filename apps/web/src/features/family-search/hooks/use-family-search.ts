import { useLazyQuery } from '@apollo/client/react';
import { SearchMyFamiliesDocument } from '../../../graphql/generated/graphql';

/** Searches my families on demand; every search asks the server, so a family I just left is not shown from a cache. */
export function useFamilySearch() {
  const [run, { data, loading, error, called }] = useLazyQuery(SearchMyFamiliesDocument, { fetchPolicy: 'no-cache' });
  const search = (text: string) => run({ variables: { input: { text } } });
  return { search, results: data?.searchMyFamilies ?? null, searching: loading, failed: Boolean(error), searched: called };
}
