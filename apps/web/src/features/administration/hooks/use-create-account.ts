import { useMutation } from '@apollo/client/react';
import { CreateAccountInput, CreateAccountDocument, OrganisationAccountsDocument } from '../../../graphql/generated/graphql';

export function useCreateAccount(organisationId: string | undefined) {
  const [mutate] = useMutation(CreateAccountDocument, {
    // The list shows the new account by the time the form says it was made.
    refetchQueries: [{ query: OrganisationAccountsDocument, variables: { organisationId } }],
    awaitRefetchQueries: true,
  });

  /** Resolves once the account exists and its owner has been e-mailed; rejects with the API's error. */
  const create = async (input: CreateAccountInput): Promise<void> => {
    await mutate({ variables: { input } });
  };

  return { create };
}
