import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { SignalLookUpDocument, SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';

export type LookUpResult = { kind: 'found'; match: SignalMatchFieldsFragment } | { kind: 'nothing' } | { kind: 'unavailable' };

/** A look-up by BSN, always asked of the API (each one is logged there), never answered from the cache. */
export function useSignalLookUp() {
  const client = useApolloClient();
  const [searching, setSearching] = useState(false);

  const lookUp = async (bsn: string): Promise<LookUpResult> => {
    setSearching(true);
    try {
      const { data } = await client.query({ query: SignalLookUpDocument, variables: { bsn }, fetchPolicy: 'network-only' });
      const match = data?.signalLookUp;
      return match ? { kind: 'found', match } : { kind: 'nothing' };
    } catch {
      return { kind: 'unavailable' };
    } finally {
      setSearching(false);
    }
  };

  return { lookUp, searching };
}
