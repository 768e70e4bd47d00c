import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useLinkToken } from '../../account-activation/hooks/use-link-token';
import { readInvitationToken } from '../utils/invitation-token';
import { SignInForm } from './sign-in-form';

/** Signing in, a way back in for a forgotten password, and for a first visitor: what this is and whom to ask for an account. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  // Signing in through a portal invitation's link accepts the invitation.
  const invitationToken = useLinkToken(readInvitationToken);
  usePageTitle(t('signIn.title'));

  return (
    <>
      <Heading level={1}>{t('signIn.title')}</Heading>
      <Paragraph>{t(invitationToken ? 'signIn.invitation' : 'signIn.intro')}</Paragraph>
      <SignInForm invitationToken={invitationToken} />
      <Paragraph>
        <RouterLink to={PATHS.forgotPassword}>{t('signIn.forgotPassword')}</RouterLink>
      </Paragraph>
      <section aria-labelledby="about-gezinsplan">
        <Heading level={2} id="about-gezinsplan">
          {t('about.title')}
        </Heading>
        <Paragraph>{t('about.what')}</Paragraph>
        <Paragraph>{t('about.privacy')}</Paragraph>
        <Heading level={3}>{t('about.accountTitle')}</Heading>
        <Paragraph>{t('about.accountFamily')}</Paragraph>
        <Paragraph>{t('about.accountProfessional')}</Paragraph>
        <Paragraph>{t('about.noSelfSignUp')}</Paragraph>
      </section>
    </>
  );
}
