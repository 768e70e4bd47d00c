import { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeDocument } from '../../../graphql/generated/graphql';
import { ActivationProblem, activationProblemOf } from '../utils/activation-problem';

/** A mutation that sets a password through a link's token: activating an account, or resetting its password. */
export type ChoosePasswordDocument = TypedDocumentNode<unknown, { input: { token: string; password: string } }>;

/**
 * Chooses the password through the link's token; on success this browser is
 * signed in as that account. The API reports a bad link alike for both links.
 */
export function useChoosePassword(document: ChoosePasswordDocument) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);

  /** Resolves to null once signed in, or to what the page should show. */
  const choose = async (token: string, password: string): Promise<ActivationProblem | null> => {
    try {
      await mutate({ variables: { input: { token, password } } });
    } catch (error) {
      return activationProblemOf(error);
    }
    // The answer set the new session's cookie. Whatever this browser held for an
    // earlier session goes, and every query on screen asks again, `me` included:
    // the route guards and the header follow it, so everything shows the account.
    try {
      await client.resetStore();
      const { data } = await client.query({ query: MeDocument });
      return data?.me ? null : { kind: 'notSignedIn' };
    } catch {
      return { kind: 'savedNotSignedIn' };
    }
  };

  return { choose, choosing: loading };
}
