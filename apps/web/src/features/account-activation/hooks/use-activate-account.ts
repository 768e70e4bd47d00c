import { useApolloClient, useMutation } from '@apollo/client/react';
import { ActivateAccountDocument, MeDocument } from '../../../graphql/generated/graphql';
import { ActivationProblem, activationProblemOf } from '../utils/activation-problem';

/** Chooses the password through the link's token; on success the new account is signed in. */
export function useActivateAccount() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(ActivateAccountDocument);

  /** Resolves to null once the new account is signed in, or to what the page should show. */
  const activate = async (token: string, password: string): Promise<ActivationProblem | null> => {
    try {
      await mutate({ variables: { input: { token, password } } });
    } catch (error) {
      return activationProblemOf(error);
    }
    // The answer set the new session's cookie. Whatever this browser held for an
    // earlier session goes, and every query on screen asks again, `me` included:
    // the route guards and the header follow it, so everything shows the new account.
    try {
      await client.resetStore();
      const { data } = await client.query({ query: MeDocument });
      return data?.me ? null : { kind: 'notSignedIn' };
    } catch {
      return { kind: 'savedNotSignedIn' };
    }
  };

  return { activate, activating: loading };
}
