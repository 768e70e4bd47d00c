import { useMutation } from '@apollo/client/react';
import { SendPasswordResetLinkDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';

/** E-mails a password reset link; the answer updates the account in every list. */
export function useSendPasswordResetLink() {
  const [mutate, { loading }] = useMutation(SendPasswordResetLinkDocument);

  const resend = async (accountId: string): Promise<FormProblem<never> | null> => {
    try {
      await mutate({ variables: { input: { accountId } } });
      return null;
    } catch (error) {
      return formProblemOf(error, []);
    }
  };

  return { resend, sending: loading };
}
