import { Button, FormFieldTextInput } from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../hooks/use-sign-in';
import { SIGN_IN_FIELDS, SignInField, SignInProblem } from '../utils/sign-in-problem';
import { SignInProblemAlert } from './sign-in-problem-alert';

export function SignInForm() {
  const { t } = useTranslation('auth');
  const { signIn, signingIn } = useSignIn();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  // After the render, so that the field already carries its error message when a screen reader announces it.
  useEffect(() => {
    if (problem?.kind !== 'invalidFields') return;
    const inputs: Record<SignInField, RefObject<HTMLInputElement | null>> = {
      email: emailInput,
      password: passwordInput,
    };
    const first = SIGN_IN_FIELDS.find((field) => problem.fields.includes(field));
    if (first) inputs[first].current?.focus();
  }, [problem]);

  const isInvalid = (field: SignInField) => problem?.kind === 'invalidFields' && problem.fields.includes(field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signingIn) return;
    const form = new FormData(event.currentTarget);
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    const result = await signIn({ email: String(form.get('email')), password: String(form.get('password')) });
    setProblem(result);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="sign-in-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && problem.kind !== 'invalidFields' && <SignInProblemAlert problem={problem} />}
      <FormFieldTextInput
        name="email"
        type="email"
        autoComplete="username"
        label={t('signIn.email')}
        invalid={isInvalid('email')}
        errorMessage={t('signIn.fieldErrors.email')}
        inputRef={emailInput}
      />
      <FormFieldTextInput
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('signIn.password')}
        invalid={isInvalid('password')}
        errorMessage={t('signIn.fieldErrors.password')}
        inputRef={passwordInput}
      />
      <Button type="submit" appearance="primary-action-button" busy={signingIn}>
        {signingIn ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
