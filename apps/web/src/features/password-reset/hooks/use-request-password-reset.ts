import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '../../../graphql/generated/graphql';
import { readApiError } from '../../../graphql/api-error';
import { ErrorCode } from '@gezinsplan/domain';

export type RequestProblem = 'email' | 'unavailable';

/** Asks for a reset link. Resolves to null when asked (the answer never says whether the address is known). */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetDocument);

  const request = async (email: string): Promise<RequestProblem | null> => {
    try {
      await mutate({ variables: { input: { email } } });
      return null;
    } catch (error) {
      return readApiError(error)?.code === ErrorCode.BadUserInput ? 'email' : 'unavailable';
    }
  };

  return { request, requesting: loading };
}
