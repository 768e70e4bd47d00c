import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@gezinsplan/domain';
import { CreateAccountDocument, OrganisationAccountsDocument } from '../../../graphql/generated/graphql';
import { readApiError } from '../../../graphql/api-error';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { createAccountInputOf, NEW_ACCOUNT_FIELDS, NewAccountDraft, NewAccountField } from '../utils/new-account';

/** The form's fields, and the organisation, which the API may reject when it no longer exists. */
export type CreateAccountField = NewAccountField | 'organisationId';

/** What the form shows when the account was not made; `emailTaken`: another account has the address. */
export type CreateAccountProblem = FormProblem<CreateAccountField> | { kind: 'emailTaken' };

export function useCreateAccount(organisationId: string | undefined) {
  const [mutate, { loading }] = useMutation(CreateAccountDocument, {
    // The list shows the new account by the time the form says it was made.
    refetchQueries: [{ query: OrganisationAccountsDocument, variables: { organisationId } }],
    awaitRefetchQueries: true,
  });

  /** Resolves to null once the account exists and its owner has been e-mailed, or to what the form should show. */
  const create = async (draft: NewAccountDraft): Promise<CreateAccountProblem | null> => {
    try {
      await mutate({ variables: { input: createAccountInputOf(draft, organisationId) } });
      return null;
    } catch (error) {
      if (readApiError(error)?.code === ErrorCode.EmailAddressTaken) return { kind: 'emailTaken' };
      return formProblemOf<CreateAccountField>(error, [...NEW_ACCOUNT_FIELDS, 'organisationId']);
    }
  };

  return { create, creating: loading };
}
