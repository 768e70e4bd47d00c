import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeDocument, ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { ActivationProblem, activationProblemOf } from '../../account-activation/utils/activation-problem';

/** Chooses the new password through the link's token; on success this browser is signed in. */
export function useResetPassword() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(ResetPasswordDocument);

  /** Resolves to null once signed in, or to what the page should show (the API reports a bad link as it does for activation). */
  const reset = async (token: string, password: string): Promise<ActivationProblem | null> => {
    try {
      await mutate({ variables: { input: { token, password } } });
    } catch (error) {
      return activationProblemOf(error);
    }
    // The answer set the new session's cookie: every query on screen asks again, `me` included.
    try {
      await client.resetStore();
      const { data } = await client.query({ query: MeDocument });
      return data?.me ? null : { kind: 'notSignedIn' };
    } catch {
      return { kind: 'savedNotSignedIn' };
    }
  };

  return { reset, resetting: loading };
}
