import { useMutation } from '@apollo/client/react';
import { MeDocument, SignInDocument, SignInInput } from '../../../graphql/generated/graphql';
import { SignInProblem, signInProblemOf } from '../utils/sign-in-problem';

export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument, {
    // The answer is the new `me`. Writing it is what moves the person on: the
    // route guards react to the viewer, so no screen needs to navigate itself.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.signIn } });
    },
  });

  /** Resolves to null on success, or to the reason the form should show. */
  const signIn = async (input: SignInInput): Promise<SignInProblem | null> => {
    try {
      await mutate({ variables: { input } });
      return null;
    } catch (error) {
      return signInProblemOf(error);
    }
  };

  return { signIn, signingIn: loading };
}
