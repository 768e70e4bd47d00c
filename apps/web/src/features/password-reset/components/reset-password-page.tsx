import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { useLinkToken } from '../../account-activation/hooks/use-link-token';
import { LinkNotice, LinkNoticeKind } from '../../account-activation/components/link-notice';
import { NewPasswordForm } from '../../account-activation/components/new-password-form';

/**
 * /wachtwoord-herstellen#token=… — where a reset e-mail's link leads: a new
 * password, twice. Saving it ends every other session and signs this browser in.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('passwordReset');
  const token = useLinkToken();
  usePageTitle(t('reset.title'));

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

function ResetNotice({ kind, focus }: { kind: LinkNoticeKind; focus?: boolean }) {
  const { t } = useTranslation('passwordReset');
  // Once the link has done its work, signing in is the way on; before, only a new link helps.
  const signIn = kind === 'savedNotSignedIn' || kind === 'notSignedIn';
  return (
    <LinkNotice
      kind={kind}
      title={t(`reset.notices.${kind}.title`)}
      message={t(`reset.notices.${kind}.message`)}
      link={signIn ? { to: PATHS.signIn, label: t('signInLink') } : { to: PATHS.forgotPassword, label: t('reset.notices.newLink') }}
      focus={focus}
    />
  );
}
