import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { FamilyInvolvementsDocument } from '../../../graphql/generated/graphql';

/** After a refusal the page may show an outdated involvement; reading them again shows the current state. */
export function useRefreshInvolvements(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.refetchQueries({ include: [FamilyInvolvementsDocument] }).catch(() => undefined);
  }, [client]);
}
