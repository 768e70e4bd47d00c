import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';
import { SignOutDocument } from '../../../graphql/generated/graphql';

export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutDocument);

  /** Resolves to false when the server could not end the session, so the person is still signed in. */
  const signOut = async (): Promise<boolean> => {
    try {
      await mutate();
    } catch (error) {
      // A session that has already ended is as good as signed out.
      if (readApiError(error)?.code !== ErrorCode.Unauthenticated) return false;
    }
    // Nothing the signed-in person could see may stay behind in this browser's
    // memory, e.g. on a shared computer. Resetting also asks the API again who is
    // signed in: nobody, which sends every route guard to the sign-in page. If
    // that question fails, the guards show it; the session has ended regardless.
    await client.resetStore().catch(() => undefined);
    return true;
  };

  return { signOut, signingOut: loading };
}
