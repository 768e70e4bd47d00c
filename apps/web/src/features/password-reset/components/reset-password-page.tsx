import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { readActivationToken } from '../../account-activation/utils/activation-token';
import { NewPasswordForm, PasswordNotice } from '../../account-activation/components/new-password-form';

type Notice = 'missing' | PasswordNotice;

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
      {token ? (
        <NewPasswordForm
          token={token}
          document={ResetPasswordDocument}
          text={(key, limits) => t(`reset.${key}`, limits)}
          unavailable={t('reset.unavailable')}
          lead={<Paragraph purpose="lead">{t('reset.intro')}</Paragraph>}
          notice={(kind) => <ResetNotice kind={kind} focus />}
        />
      ) : (
        <ResetNotice kind="missing" />
      )}
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
