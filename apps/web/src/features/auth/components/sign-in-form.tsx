import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, TextField, useKitForm } from '../../../shared/forms';
import { useSignIn } from '../hooks/use-sign-in';
import { SignInProblem, signInProblemOf } from '../utils/sign-in-problem';
import { SignInProblemAlert } from './sign-in-problem-alert';

// Nothing is checked before sending: the API's answer decides, so that it says nothing twice or differently.
const schema = z.object({ email: z.string(), password: z.string() });

type FormProblem = Exclude<SignInProblem, { kind: 'invalidFields' }>;

interface SignInFormProps {
  /** From a portal invitation's link: signing in accepts the invitation. */
  invitationToken?: string | null;
}

export function SignInForm({ invitationToken = null }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const { signIn } = useSignIn();
  const kit = useKitForm({ schema, defaultValues: { email: '', password: '' } });
  const { control, formState } = kit.form;
  // A sign-in fails in its own ways (wrong credentials, a wait): said here, not in the kit's words for a save.
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // An invitation that cannot be linked to this account: the next attempt signs in without it, as the message says.
  const [invitationDropped, setInvitationDropped] = useState(false);
  const token = invitationDropped ? null : invitationToken;

  return (
    <KitForm
      kit={kit}
      className="sign-in-form"
      onSubmit={(input) => {
        // Cleared first, so that the same message after a second attempt is announced again.
        setProblem(null);
        return signIn(token ? { ...input, invitationToken: token } : input);
      }}
      onFailure={(error) => {
        const found = signInProblemOf(error);
        if (found.kind === 'invalidFields') return false;
        if (found.kind === 'invitationNotLinkable') setInvitationDropped(true);
        setProblem(found);
        return true;
      }}
    >
      {problem && <SignInProblemAlert problem={problem} />}
      <TextField control={control} name="email" type="email" autoComplete="username" label={t('signIn.email')} errorMessage={t('signIn.fieldErrors.email')} />
      <TextField control={control} name="password" type="password" autoComplete="current-password" label={t('signIn.password')} errorMessage={t('signIn.fieldErrors.password')} />
      <FormActions submitLabel={t('signIn.submit')} busy={formState.isSubmitting} busyLabel={t('signIn.submitting')} />
    </KitForm>
  );
}
