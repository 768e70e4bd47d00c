import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday, InformationCategory } from '@gezinsplan/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAddLogEntry } from '../hooks/use-add-log-entry';
import { CheckboxField, FormActions, KitForm, optionalDay, reason, requiredText, TextareaField, TextField, useKitForm } from '../../../shared/forms';

interface LogEntryFormProps {
  familyId: string;
  /** Where the entry goes: the general logbook (the family) or the safety plan's (the network). */
  category: Extract<InformationCategory, 'GENERAL' | 'SAFETY'>;
  /** The family may put an entry in the safety plan's logbook instead, where the network reads it too. */
  offerSafetyLogbook?: boolean;
}

function logEntrySchema(today: string) {
  return z.object({
    text: requiredText(),
    // Empty: the day it is written. A later day has not happened yet.
    occurredOn: optionalDay().refine((day) => day === undefined || day <= today, reason('invalid')),
    forSafetyPlan: z.boolean(),
  });
}

/** Writing in the logbook: what happened, and on which day. */
export function LogEntryForm({ familyId, category, offerSafetyLogbook = false }: LogEntryFormProps) {
  const { t } = useTranslation('portal');
  const { addLogEntry } = useAddLogEntry(familyId);
  const today = dutchToday();
  const schema = useMemo(() => logEntrySchema(today), [today]);
  const kit = useKitForm({ schema, defaultValues: { text: '', occurredOn: today, forSafetyPlan: false } });
  const { control, formState, reset, watch } = kit.form;
  const [saved, setSaved] = useState(false);
  const text = watch('text');
  // Typing a new entry: the last one's confirmation no longer applies.
  useEffect(() => {
    if (text !== '') setSaved(false);
  }, [text]);

  return (
    <KitForm
      kit={kit}
      className="portal-form"
      audience="family"
      onSubmit={(entry) => {
        setSaved(false);
        return addLogEntry({
          text: entry.text,
          occurredOn: entry.occurredOn ?? null,
          category: entry.forSafetyPlan ? 'SAFETY' : category,
        });
      }}
      onSaved={() => {
        reset({ text: '', occurredOn: today, forSafetyPlan: false });
        setSaved(true);
      }}
    >
      <TextareaField
        control={control}
        name="text"
        label={t('logbook.form.text')}
        description={t('logbook.form.textHint')}
        errorMessage={{
          empty: t('logbook.form.errors.text.empty'),
          tooLong: t('logbook.form.errors.text.tooLong'),
          invalid: t('logbook.form.errors.text.invalid'),
        }}
      />
      <TextField
        control={control}
        name="occurredOn"
        type="date"
        label={t('logbook.form.day')}
        description={t('logbook.form.dayHint')}
        max={today}
        errorMessage={t('logbook.form.errors.occurredOn')}
      />
      {offerSafetyLogbook && (
        <CheckboxField control={control} name="forSafetyPlan" label={t('logbook.form.safety')} description={t('logbook.form.safetyHint')} />
      )}
      <FormActions submitLabel={t('logbook.form.submit')} busy={formState.isSubmitting} busyLabel={t('logbook.form.submitting')} />
      <div role="status">{saved && <Paragraph>{t('logbook.form.saved')}</Paragraph>}</div>
    </KitForm>
  );
}
