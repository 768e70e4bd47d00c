import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RouterLink } from '../../../shared/components/router-link';
import { FormActions, KitForm, requiredEmailAddress, TextField, useKitForm } from '../../../shared/forms';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useRequestPasswordReset } from '../hooks/use-request-password-reset';

const schema = z.object({ email: requiredEmailAddress() });

/**
 * /wachtwoord-vergeten — asks for a link to choose a new password. What the
 * page says afterwards is the same whether the address has an account or not.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('passwordReset');
  usePageTitle(t('forgot.title'));
  const { request } = useRequestPasswordReset();
  const kit = useKitForm({ schema, defaultValues: { email: '' } });
  const { control, formState } = kit.form;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sentTo) outcome.current?.focus();
  }, [sentTo]);

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
      <KitForm
        kit={kit}
        className="sign-in-form"
        onSubmit={async ({ email }) => {
          await request(email);
          return email;
        }}
        onSaved={setSentTo}
        problemMessage={() => t('forgot.unavailable')}
      >
        <TextField control={control} name="email" type="email" autoComplete="username" label={t('forgot.email')} errorMessage={t('forgot.emailError')} />
        <FormActions submitLabel={t('forgot.submit')} busy={formState.isSubmitting} busyLabel={t('forgot.submitting')} />
      </KitForm>
      <Paragraph>
        <RouterLink to={PATHS.signIn}>{t('signInLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
