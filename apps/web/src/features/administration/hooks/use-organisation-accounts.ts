import { useQuery } from '@apollo/client/react';
import { OrganisationAccountsDocument } from '../../../graphql/generated/graphql';

/**
 * One organisation's accounts, read fresh on every visit. A platform
 * administrator names the organisation; an organisation administrator passes
 * nothing and gets their own.
 */
export function useOrganisationAccounts(organisationId: string | undefined) {
  const { data, loading, error, refetch } = useQuery(OrganisationAccountsDocument, {
    variables: { organisationId },
    fetchPolicy: 'cache-and-network',
  });
  return { accounts: data?.organisationAccounts ?? null, loading: loading && !data, error, refetch };
}
