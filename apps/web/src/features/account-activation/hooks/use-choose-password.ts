import { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeDocument } from '../../../graphql/generated/graphql';

/** A mutation that sets a password through a link's token: activating an account, or resetting its password. */
export type ChoosePasswordDocument = TypedDocumentNode<unknown, { input: { token: string; password: string } }>;

/**
 * Where a saved password leaves the person. `notSignedIn`: the link was
 * accepted, but no session came of it, so the account cannot sign in now.
 * `savedNotSignedIn`: asking who is signed in failed; signing in by hand will do.
 */
export type ChosenPassword = 'signedIn' | 'notSignedIn' | 'savedNotSignedIn';

/**
 * Chooses the password through the link's token; on success this browser is
 * signed in as that account. Rejects with the API's error when the password
 * was not saved (`activationProblemOf` reads it): the API reports a bad link
 * alike for both links.
 */
export function useChoosePassword(document: ChoosePasswordDocument) {
  const client = useApolloClient();
  const [mutate] = useMutation(document);

  const choose = async (token: string, password: string): Promise<ChosenPassword> => {
    await mutate({ variables: { input: { token, password } } });
    // The answer set the new session's cookie. Whatever this browser held for an
    // earlier session goes, and every query on screen asks again, `me` included:
    // the route guards and the header follow it, so everything shows the account.
    try {
      await client.resetStore();
      const { data } = await client.query({ query: MeDocument });
      return data?.me ? 'signedIn' : 'notSignedIn';
    } catch {
      return 'savedNotSignedIn';
    }
  };

  return { choose };
}
