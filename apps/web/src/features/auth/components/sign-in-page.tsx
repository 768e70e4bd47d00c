import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'));
  return (
    <>
      <Heading level={1}>{t('signIn.title')}</Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <SignInForm />
    </>
  );
}
