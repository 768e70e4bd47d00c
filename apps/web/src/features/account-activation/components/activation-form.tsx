import { Alert, Button, FormFieldTextInput, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { inputValue } from '../../../shared/components/input-value';
import { PATHS } from '../../../shared/paths';
import { ActivateAccountDocument } from '../../../graphql/generated/graphql';
import { useChoosePassword } from '../hooks/use-choose-password';
import { ActivationProblem } from '../utils/activation-problem';
import {
  checkNewPassword,
  NEW_PASSWORD_FIELDS,
  NewPasswordErrors,
  NewPasswordField,
  PASSWORD_MAXIMUM_LENGTH,
  PASSWORD_MINIMUM_LENGTH,
} from '../utils/new-password';
import { ActivationNotice } from './activation-notice';

interface ActivationFormProps {
  /** From the link; sent to the API with the password and nowhere else. */
  token: string;
}

/** A new password, twice; saving it signs the person in and takes them to their home page. */
export function ActivationForm({ token }: ActivationFormProps) {
  const { t } = useTranslation('accountActivation');
  const navigate = useNavigate();
  const { choose: activate, choosing: activating } = useChoosePassword(ActivateAccountDocument);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [problem, setProblem] = useState<Exclude<ActivationProblem, { kind: 'password' }> | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  // After the render, so that the field already carries its message when a screen reader announces it.
  useEffect(() => {
    const inputs: Record<NewPasswordField, RefObject<HTMLInputElement | null>> = {
      password: passwordInput,
      repeat: repeatInput,
    };
    const first = NEW_PASSWORD_FIELDS.find((field) => errors[field]);
    if (first) inputs[first].current?.focus();
  }, [errors]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (activating) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    const found = checkNewPassword(password, repeat);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await activate(token, password);
    if (result === null) navigate(PATHS.home, { replace: true });
    else if (result.kind === 'password') setErrors({ password: 'rejected' });
    else setProblem(result);
  };

  // A used link, a disabled account, or a password saved without a session: the form cannot help any more.
  if (problem && problem.kind !== 'unavailable') return <ActivationNotice kind={problem.kind} focus />;

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="activation-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`problems.${problem.kind}`)}</Paragraph>
        </Alert>
      )}
      <FormFieldTextInput
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('password.label')}
        description={t('password.description', { minimum: PASSWORD_MINIMUM_LENGTH })}
        value={password}
        onChange={(event) => setPassword(inputValue(event))}
        invalid={Boolean(errors.password)}
        errorMessage={
          errors.password &&
          t(`errors.password.${errors.password}`, {
            minimum: PASSWORD_MINIMUM_LENGTH,
            maximum: PASSWORD_MAXIMUM_LENGTH,
          })
        }
        inputRef={passwordInput}
      />
      <FormFieldTextInput
        name="repeat"
        type="password"
        autoComplete="new-password"
        label={t('repeat.label')}
        description={t('repeat.description')}
        value={repeat}
        onChange={(event) => setRepeat(inputValue(event))}
        invalid={Boolean(errors.repeat)}
        errorMessage={errors.repeat && t(`errors.repeat.${errors.repeat}`)}
        inputRef={repeatInput}
      />
      <Button type="submit" appearance="primary-action-button" busy={activating}>
        {activating ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
