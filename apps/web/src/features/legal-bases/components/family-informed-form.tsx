import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, TextField, useKitForm } from '../../../shared/forms';
import { useLegalBasisFieldTexts } from '../hooks/use-legal-basis-field-texts';
import { useRecordFamilyInformed } from '../hooks/use-record-family-informed';
import { informedAtSchema } from '../utils/legal-basis-form';

interface FamilyInformedFormProps {
  legalBasisId: string;
  onDone: (saved: boolean) => void;
}

/** The family was told about the sharing afterwards: when. */
export function FamilyInformedForm({ legalBasisId, onDone }: FamilyInformedFormProps) {
  const { t } = useTranslation('legalBases');
  const texts = useLegalBasisFieldTexts();
  const { recordInformed } = useRecordFamilyInformed();
  const schema = useMemo(() => z.object({ informedAt: informedAtSchema(() => new Date()) }), []);
  const kit = useKitForm({ schema, defaultValues: { informedAt: '' }, focusOnOpen: 'informedAt' });
  const { control, formState } = kit.form;

  return (
    <KitForm
      kit={kit}
      className="plan-form plan-form--inline"
      onSubmit={({ informedAt }) => recordInformed(legalBasisId, informedAt)}
      onSaved={() => onDone(true)}
    >
      <Paragraph>{t('informed.explanation')}</Paragraph>
      <TextField
        control={control}
        name="informedAt"
        {...texts.informedAt}
        label={t('informed.label')}
      />
      <FormActions submitLabel={t('informed.submit')} busy={formState.isSubmitting} onCancel={() => onDone(false)} cancelLabel={t('cancel')} />
    </KitForm>
  );
}
