import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '../../../graphql/generated/graphql';

/** Asks for a reset link; rejects with the API's error. The answer never says whether the address is known. */
export function useRequestPasswordReset() {
  const [mutate] = useMutation(RequestPasswordResetDocument);

  const request = async (email: string): Promise<void> => {
    await mutate({ variables: { input: { email } } });
  };

  return { request };
}
