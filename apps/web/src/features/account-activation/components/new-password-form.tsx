import { ReactNode, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormActions, KitForm, TextField, useKitForm } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { ChoosePasswordDocument, ChosenPassword, useChoosePassword } from '../hooks/use-choose-password';
import { activationProblemOf } from '../utils/activation-problem';
import { newPasswordSchema, PASSWORD_MAXIMUM_LENGTH, PASSWORD_MINIMUM_LENGTH } from '../utils/new-password';

/** Where the form gives way to a notice: a link or account that cannot be used, or a password saved without signing in. */
export type PasswordNotice = 'link' | 'disabled' | Exclude<ChosenPassword, 'signedIn'>;

/** The texts both links' forms have, each page in its own words. */
export type NewPasswordTextKey =
  | 'password.label'
  | 'password.description'
  | 'repeat.label'
  | 'errors.password.tooShort'
  | 'errors.password.tooLong'
  | 'errors.password.rejected'
  | 'errors.repeat.empty'
  | 'errors.repeat.different'
  | 'submit'
  | 'submitting';

interface NewPasswordFormProps {
  /** From the link; sent to the API with the password and nowhere else. */
  token: string;
  document: ChoosePasswordDocument;
  /** The page's text for a key; `minimum` and `maximum` are the password's limits. */
  text: (key: NewPasswordTextKey, limits: { minimum: number; maximum: number }) => string;
  repeatDescription?: string;
  /** A failed save nobody can fix now: try again later. */
  unavailable: string;
  /** Shown above the form while there is one. */
  lead?: ReactNode;
  /** What the page shows instead of the form once the form cannot help any more. */
  notice: (kind: PasswordNotice) => ReactNode;
}

/**
 * A new password, twice, through a link's token (an activation or a reset):
 * saving it signs the person in and takes them to their home page.
 */
export function NewPasswordForm({ token, document, text, repeatDescription, unavailable, lead, notice }: NewPasswordFormProps) {
  const navigate = useNavigate();
  const { choose } = useChoosePassword(document);
  const kit = useKitForm({ schema: newPasswordSchema, defaultValues: { password: '', repeat: '' } });
  const { control, formState } = kit.form;
  const [ended, setEnded] = useState<PasswordNotice | null>(null);
  // Both fields are a new password, to the browser's password manager too.
  const newPassword = { control, type: 'password', autoComplete: 'new-password' } as const;
  const say = (key: NewPasswordTextKey) => text(key, { minimum: PASSWORD_MINIMUM_LENGTH, maximum: PASSWORD_MAXIMUM_LENGTH });

  if (ended) return notice(ended);

  return (
    <>
      {lead}
      <KitForm
        kit={kit}
        className="activation-form"
        onSubmit={({ password }) => choose(token, password)}
        onSaved={(outcome) => {
          if (outcome === 'signedIn') navigate(PATHS.home, { replace: true });
          else setEnded(outcome);
        }}
        onFailure={(error) => {
          // A refused password is marked at its field, a fault said above the form, by the kit.
          const problem = activationProblemOf(error);
          if (problem.kind === 'password' || problem.kind === 'unavailable') return false;
          setEnded(problem.kind);
          return true;
        }}
        problemMessage={() => unavailable}
      >
        <TextField
          {...newPassword}
          name="password"
          label={say('password.label')}
          description={say('password.description')}
          errorMessage={{ tooShort: say('errors.password.tooShort'), tooLong: say('errors.password.tooLong'), invalid: say('errors.password.rejected') }}
        />
        <TextField
          {...newPassword}
          name="repeat"
          label={say('repeat.label')}
          description={repeatDescription}
          errorMessage={{ empty: say('errors.repeat.empty'), different: say('errors.repeat.different') }}
        />
        <FormActions submitLabel={say('submit')} busy={formState.isSubmitting} busyLabel={say('submitting')} />
      </KitForm>
    </>
  );
}
