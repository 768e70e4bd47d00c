import { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { FormProblem, formProblemOf } from '../../../shared/forms';

/** A mutation that e-mails a link to an account's owner, named by the account alone. */
export type AccountLinkDocument = TypedDocumentNode<unknown, { input: { accountId: string } }>;

/** E-mails the link (activation, or password reset); the answer updates the account in every list. */
export function useSendAccountLink(document: AccountLinkDocument) {
  const [mutate, { loading }] = useMutation(document);

  const send = async (accountId: string): Promise<FormProblem<never> | null> => {
    try {
      await mutate({ variables: { input: { accountId } } });
      return null;
    } catch (error) {
      return formProblemOf(error, []);
    }
  };

  return { send, sending: loading };
}
