import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { ActivateAccountDocument } from '../../../graphql/generated/graphql';
import { readActivationToken } from '../utils/activation-token';
import { ActivationNotice } from './activation-notice';
import { NewPasswordForm } from './new-password-form';

/**
 * /account-activeren#token=… — where the e-mailed link leads: the new account's
 * owner chooses a password and is signed in. Open to anyone, signed in or not:
 * the link decides whose account it is.
 */
export function AccountActivationPage() {
  const { t } = useTranslation('accountActivation');
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  // Read once, before the address forgets it.
  const [token] = useState(() => readActivationToken(location.hash));
  usePageTitle(t('title'));

  // The token leaves the address bar at once (replacing the history entry), so that it does not
  // stay in the browser's history, a bookmark, or a screenshot of the page.
  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      {token ? (
        <>
          <Paragraph purpose="lead">{t('intro')}</Paragraph>
          {viewer && <Paragraph>{t('signedInAs', { name: viewer.displayName })}</Paragraph>}
          <NewPasswordForm
            token={token}
            document={ActivateAccountDocument}
            text={(key, limits) => t(key, limits)}
            repeatDescription={t('repeat.description')}
            unavailable={t('problems.unavailable')}
            // A used link, a disabled account, or a password saved without a session: the form cannot help any more.
            notice={(kind) => <ActivationNotice kind={kind} focus />}
          />
        </>
      ) : (
        <ActivationNotice kind="missing" />
      )}
    </>
  );
}
