import { useMutation } from '@apollo/client/react';
import { MeDocument, SignInDocument, SignInInput } from '../../../graphql/generated/graphql';

export function useSignIn() {
  const [mutate] = useMutation(SignInDocument, {
    // The answer is the new `me`. Writing it is what moves the person on: the
    // route guards react to the viewer, so no screen needs to navigate itself.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.signIn } });
    },
  });

  /** Rejects with the API's error when the sign-in fails; `signInProblemOf` says what it means. */
  const signIn = async (input: SignInInput): Promise<void> => {
    await mutate({ variables: { input } });
  };

  return { signIn };
}
