import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { ErrorCode } from '@gezinsplan/domain';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../../graphql/api-error';
import { FormActions, FormProblemAlert, OwnWordsProblem, KitForm, RadioGroupField, TextField, useKitForm } from '../../../shared/forms';
import { useCreateAccount } from '../hooks/use-create-account';
import { createAccountInputOf, emptyAccountDraft, NEW_ACCOUNT_KINDS, NewAccountKind, newAccountSchema } from '../utils/new-account';

/** Which message a failed save gets: this mutation changes nothing that exists, so a conflict is nothing the administrator can resolve. */
const MESSAGE_OF: Record<OwnWordsProblem, 'notFound' | 'notAllowed' | 'signedOut' | 'unavailable'> = {
  conflict: 'unavailable',
  notFound: 'notFound',
  notAllowed: 'notAllowed',
  signedOut: 'signedOut',
  unavailable: 'unavailable',
  planClosed: 'unavailable',
};

/** The organisation comes from the page, not from a field: when the API no longer knows it, only going back helps. */
function organisationRejected(error: unknown): boolean {
  const apiError = readApiError(error);
  return apiError?.code === ErrorCode.BadUserInput && apiError.fields.some((problem) => problem.field.replace(/^input\./, '') === 'organisationId');
}

interface CreateAccountFormProps {
  /** Left out for an organisation administrator: the API takes their own organisation. */
  organisationId?: string;
  /** Which kind of account the form starts with: what this administrator makes most. */
  initialKind: NewAccountKind;
  /** Called once an account is made: the page's "organisation created" message has then done its work. */
  onCreated?: () => void;
}

/** An administrator makes an account; its owner receives an e-mail to choose a password. */
export function CreateAccountForm({ organisationId, initialKind, onCreated }: CreateAccountFormProps) {
  const { t } = useTranslation('administration');
  const { create } = useCreateAccount(organisationId);
  const kit = useKitForm({ schema: newAccountSchema, defaultValues: emptyAccountDraft(initialKind) });
  const { control, formState, setError, reset, subscribe } = kit.form;
  const isProfessional = useWatch({ control, name: 'kind' }) === 'PROFESSIONAL';
  const [created, setCreated] = useState<{ name: string; email: string } | null>(null);
  const [organisationGone, setOrganisationGone] = useState(false);

  // The news of the last account made goes as soon as the form is used again.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ type }) => {
          if (type === 'change') setCreated(null);
        },
      }),
    [subscribe],
  );

  const field = (name: 'email' | 'displayName' | 'discipline' | 'phone', type?: 'email' | 'tel') => (
    <TextField
      control={control}
      name={name}
      type={type}
      autoComplete="off"
      label={t(`accountForm.${name}.label`)}
      description={t(`accountForm.${name}.description`)}
      errorMessage={{
        empty: t(`accountForm.${name}.errors.empty`),
        // Too short a name is what the form calls it; the API calls it invalid.
        tooShort: t(`accountForm.${name}.errors.invalid`),
        invalid: t(`accountForm.${name}.errors.invalid`),
        tooLong: t(`accountForm.${name}.errors.tooLong`),
        ...(name === 'email' && { taken: t('accountForm.email.errors.taken') }),
      }}
    />
  );

  return (
    <>
      <Paragraph>{t('accountForm.intro')}</Paragraph>
      <KitForm
        kit={kit}
        className="kit-form"
        onSubmit={async (draft) => {
          // Cleared first, so that the same message after a second attempt is announced again.
          setCreated(null);
          setOrganisationGone(false);
          await create(createAccountInputOf(draft, organisationId));
          return draft;
        }}
        onSaved={(draft) => {
          setCreated({ name: draft.displayName, email: draft.email });
          reset(emptyAccountDraft(draft.kind));
          onCreated?.();
        }}
        onFailure={(error) => {
          if (readApiError(error)?.code === ErrorCode.EmailAddressTaken) {
            setError('email', { type: 'api', message: 'taken' });
            return true;
          }
          if (!organisationRejected(error)) return false;
          setOrganisationGone(true);
          return true;
        }}
        problemMessage={(problem) => t(`accountForm.problems.${MESSAGE_OF[problem]}`)}
      >
        {organisationGone && <FormProblemAlert problem="notFound" message={t('accountForm.problems.organisation')} />}
        <RadioGroupField
          control={control}
          name="kind"
          legend={t('accountForm.kind.legend')}
          options={NEW_ACCOUNT_KINDS.map((kind) => ({ value: kind, label: t(`accountForm.kind.${kind}`), description: t(`accountForm.kind.${kind}_description`) }))}
        />
        {field('email', 'email')}
        {field('displayName')}
        {isProfessional && field('discipline')}
        {field('phone', 'tel')}
        <FormActions submitLabel={t('accountForm.submit')} busy={formState.isSubmitting} busyLabel={t('accountForm.submitting')} />
        <div role="status">{created && <Paragraph>{t('accountForm.created', created)}</Paragraph>}</div>
      </KitForm>
    </>
  );
}
