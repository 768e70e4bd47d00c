import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, optionalText, TextareaField, useKitForm } from '../../../shared/forms';
import { useWithdrawConsent } from '../hooks/use-consents';

const NOTE_LIMIT = 2000;

const schema = z.object({ note: optionalText(NOTE_LIMIT) });

interface WithdrawConsentFormProps {
  consentId: string;
  /** Who may no longer see the information once it is withdrawn, in words. */
  recipients: string;
  onClose: (withdrawn: boolean) => void;
}

/** The confirmation before a consent is withdrawn: what it means, and an optional reason. */
export function WithdrawConsentForm({ consentId, recipients, onClose }: WithdrawConsentFormProps) {
  const { t } = useTranslation('familyPortal');
  const { withdraw } = useWithdrawConsent();
  const kit = useKitForm({ schema, defaultValues: { note: '' } });
  const { control, formState } = kit.form;
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // The question is what the person must read first: the confirmation opens on it, not on a field.
  useEffect(() => heading.current?.focus(), []);

  return (
    <KitForm
      kit={kit}
      className="portal-form portal-confirm"
      audience="family"
      aria-labelledby={headingId}
      onSubmit={({ note }) => withdraw(consentId, note)}
      onSaved={() => onClose(true)}
    >
      <Heading level={3} id={headingId} ref={heading} tabIndex={-1}>
        {t('consents.withdraw.title')}
      </Heading>
      <Paragraph>{t('consents.withdraw.consequence', { recipients })}</Paragraph>
      <Paragraph>{t('consents.withdraw.again')}</Paragraph>
      <TextareaField
        control={control}
        name="note"
        rows={3}
        label={t('consents.withdraw.note')}
        description={t('consents.withdraw.noteHint')}
        errorMessage={t('consents.withdraw.noteTooLong', { limit: NOTE_LIMIT })}
      />
      <FormActions
        submitLabel={t('consents.withdraw.confirm')}
        busy={formState.isSubmitting}
        busyLabel={t('consents.withdraw.submitting')}
        onCancel={() => onClose(false)}
        cancelLabel={t('consents.withdraw.cancel')}
      />
    </KitForm>
  );
}
