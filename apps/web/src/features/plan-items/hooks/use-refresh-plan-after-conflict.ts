import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { FamilyPlanDocument } from '../../../graphql/generated/graphql';

/**
 * After a conflict the page shows an outdated item; reading the plan again
 * shows everyone the current one, while the form keeps the person's own input.
 */
export function useRefreshPlanAfterConflict(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.refetchQueries({ include: [FamilyPlanDocument] }).catch(() => undefined);
  }, [client]);
}
