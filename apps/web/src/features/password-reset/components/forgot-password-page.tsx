import { Alert, Button, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { RequestProblem, useRequestPasswordReset } from '../hooks/use-request-password-reset';

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * /wachtwoord-vergeten — asks for a link to choose a new password. What the
 * page says afterwards is the same whether the address has an account or not.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('passwordReset');
  usePageTitle(t('forgot.title'));
  const { request, requesting } = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (problem === 'email') emailInput.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (sentTo) outcome.current?.focus();
  }, [sentTo]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (requesting) return;
    setProblem(null);
    const address = email.trim();
    if (!EMAIL_PATTERN.test(address)) {
      setProblem('email');
      return;
    }
    const found = await request(address);
    if (found) setProblem(found);
    else setSentTo(address);
  };

  if (sentTo) {
    return (
      <>
        <Heading level={1} ref={outcome} tabIndex={-1}>
          {t('forgot.sent.title')}
        </Heading>
        <Paragraph>{t('forgot.sent.message', { email: sentTo })}</Paragraph>
        <Paragraph>{t('forgot.sent.noMail')}</Paragraph>
        <Paragraph>
          <RouterLink to={PATHS.signIn}>{t('signInLink')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('forgot.title')}</Heading>
      <Paragraph>{t('forgot.intro')}</Paragraph>
      <form className="sign-in-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem === 'unavailable' && (
          <Alert type="error" role="alert">
            <Paragraph>{t('forgot.unavailable')}</Paragraph>
          </Alert>
        )}
        <FormFieldTextInput
          name="email"
          type="email"
          autoComplete="username"
          label={t('forgot.email')}
          value={email}
          onChange={(event) => setEmail(inputValue(event))}
          invalid={problem === 'email'}
          errorMessage={problem === 'email' ? t('forgot.emailError') : undefined}
          inputRef={emailInput}
        />
        <Button type="submit" appearance="primary-action-button" busy={requesting}>
          {requesting ? t('forgot.submitting') : t('forgot.submit')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to={PATHS.signIn}>{t('signInLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
