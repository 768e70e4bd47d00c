import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, optionalText, TextareaField, useKitForm } from '../../../shared/forms';
import { useWithdrawConsent } from '../hooks/use-withdraw-consent';

/** The longest note the API keeps with a withdrawal. */
const NOTE_LIMIT = 2000;

const schema = z.object({ note: optionalText(NOTE_LIMIT) });

interface WithdrawConsentFormProps {
  consentId: string;
  onDone: (withdrawn: boolean) => void;
}

/** Withdrawing ends the access the consent gave at once; a note says why. */
export function WithdrawConsentForm({ consentId, onDone }: WithdrawConsentFormProps) {
  const { t } = useTranslation('consent');
  const { withdraw } = useWithdrawConsent();
  const kit = useKitForm({ schema, defaultValues: { note: '' }, focusOnOpen: 'note' });
  const { control, formState } = kit.form;

  return (
    <KitForm kit={kit} className="kit-form kit-form--inline" onSubmit={({ note }) => withdraw(consentId, note)} onSaved={() => onDone(true)}>
      <Paragraph>{t('withdraw.explanation')}</Paragraph>
      <TextareaField
        control={control}
        name="note"
        rows={3}
        label={t('withdraw.noteLabel')}
        errorMessage={{ tooLong: t('withdraw.noteTooLong', { limit: NOTE_LIMIT }) }}
      />
      <FormActions
        submitLabel={t('withdraw.submit')}
        busy={formState.isSubmitting}
        onCancel={() => onDone(false)}
        cancelLabel={t('withdraw.cancel')}
      />
    </KitForm>
  );
}
