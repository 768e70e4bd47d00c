import { useMutation } from '@apollo/client/react';
import { FormProblem, formProblemOf } from '../../../shared/forms';
import { SetAccountDisabledDocument } from '../../../graphql/generated/graphql';

/** Disables an account (its sessions end at once) or enables it again; the answer updates it in every list. */
export function useSetAccountDisabled() {
  const [mutate, { loading }] = useMutation(SetAccountDisabledDocument);

  const setDisabled = async (accountId: string, disabled: boolean): Promise<FormProblem<never> | null> => {
    try {
      await mutate({ variables: { input: { accountId, disabled } } });
      return null;
    } catch (error) {
      return formProblemOf(error, []);
    }
  };

  return { setDisabled, saving: loading };
}
