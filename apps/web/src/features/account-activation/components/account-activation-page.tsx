import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { ActivateAccountDocument } from '../../../graphql/generated/graphql';
import { useLinkToken } from '../hooks/use-link-token';
import { ActivationNotice } from './activation-notice';
import { NewPasswordForm } from './new-password-form';

/**
 * /account-activeren#token=… — where the e-mailed link leads: the new account's
 * owner chooses a password and is signed in. Open to anyone, signed in or not:
 * the link decides whose account it is.
 */
export function AccountActivationPage() {
  const { t } = useTranslation('accountActivation');
  const { viewer } = useViewer();
  const token = useLinkToken();
  usePageTitle(t('title'));

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
