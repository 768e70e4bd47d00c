import { Alert, Button, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { ActivationProblem } from '../../account-activation/utils/activation-problem';
import { readActivationToken } from '../../account-activation/utils/activation-token';
import {
  checkNewPassword,
  NEW_PASSWORD_FIELDS,
  NewPasswordErrors,
  NewPasswordField,
  PASSWORD_MAXIMUM_LENGTH,
  PASSWORD_MINIMUM_LENGTH,
} from '../../account-activation/utils/new-password';
import { ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { useChoosePassword } from '../../account-activation/hooks/use-choose-password';

type Notice = 'missing' | Exclude<ActivationProblem['kind'], 'password' | 'unavailable'>;

/**
 * /wachtwoord-herstellen#token=… — where a reset e-mail's link leads: a new
 * password, twice. Saving it ends every other session and signs this browser in.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('passwordReset');
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => readActivationToken(location.hash));
  usePageTitle(t('reset.title'));

  // The token leaves the address bar at once, so that it does not stay in the history or a bookmark.
  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return (
    <>
      <Heading level={1}>{t('reset.title')}</Heading>
      {token ? <ResetPasswordForm token={token} /> : <ResetNotice kind="missing" />}
    </>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('passwordReset');
  const navigate = useNavigate();
  const { choose: reset, choosing: resetting } = useChoosePassword(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const inputs: Record<NewPasswordField, RefObject<HTMLInputElement | null>> = { password: passwordInput, repeat: repeatInput };
    const first = NEW_PASSWORD_FIELDS.find((field) => errors[field]);
    if (first) inputs[first].current?.focus();
  }, [errors]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resetting) return;
    setUnavailable(false);
    const found = checkNewPassword(password, repeat);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await reset(token, password);
    if (result === null) navigate(PATHS.home, { replace: true });
    else if (result.kind === 'password') setErrors({ password: 'rejected' });
    else if (result.kind === 'unavailable') setUnavailable(true);
    else setNotice(result.kind);
  };

  if (notice) return <ResetNotice kind={notice} focus />;

  return (
    <>
      <Paragraph purpose="lead">{t('reset.intro')}</Paragraph>
      <form className="activation-form" noValidate onSubmit={(event) => void submit(event)}>
        {unavailable && (
          <Alert type="error" role="alert">
            <Paragraph>{t('reset.unavailable')}</Paragraph>
          </Alert>
        )}
        <FormFieldTextInput
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('reset.password.label')}
          description={t('reset.password.description', { minimum: PASSWORD_MINIMUM_LENGTH })}
          value={password}
          onChange={(event) => setPassword(inputValue(event))}
          invalid={Boolean(errors.password)}
          errorMessage={
            errors.password && t(`reset.errors.password.${errors.password}`, { minimum: PASSWORD_MINIMUM_LENGTH, maximum: PASSWORD_MAXIMUM_LENGTH })
          }
          inputRef={passwordInput}
        />
        <FormFieldTextInput
          name="repeat"
          type="password"
          autoComplete="new-password"
          label={t('reset.repeat.label')}
          value={repeat}
          onChange={(event) => setRepeat(inputValue(event))}
          invalid={Boolean(errors.repeat)}
          errorMessage={errors.repeat && t(`reset.errors.repeat.${errors.repeat}`)}
          inputRef={repeatInput}
        />
        <Button type="submit" appearance="primary-action-button" busy={resetting}>
          {resetting ? t('reset.submitting') : t('reset.submit')}
        </Button>
      </form>
    </>
  );
}

function ResetNotice({ kind, focus = false }: { kind: Notice; focus?: boolean }) {
  const { t } = useTranslation('passwordReset');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <Alert type={kind === 'savedNotSignedIn' ? 'warning' : 'error'}>
      <Heading level={2} appearanceLevel={3} ref={heading} tabIndex={-1}>
        {t(`reset.notices.${kind}.title`)}
      </Heading>
      <Paragraph>{t(`reset.notices.${kind}.message`)}</Paragraph>
      <Paragraph>
        <RouterLink to={kind === 'savedNotSignedIn' || kind === 'notSignedIn' ? PATHS.signIn : PATHS.forgotPassword}>
          {kind === 'savedNotSignedIn' || kind === 'notSignedIn' ? t('signInLink') : t('reset.notices.newLink')}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
