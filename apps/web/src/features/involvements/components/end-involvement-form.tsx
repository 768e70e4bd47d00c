import { dutchToday } from '@gezinsplan/domain';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { FormActions, KitForm, reason, TextareaField, TextField, useConfirmStep, useKitForm } from '../../../shared/forms';
import { EndInvolvementConfirmation } from './end-involvement-confirmation';

/** The API asks at least this much of a reason. */
const MINIMUM_REASON_LENGTH = 3;

/** A reason the API accepts, and a day access ends that is not in the past (`today`: the Dutch calendar day). */
function endingSchema(today: string) {
  return z.object({
    reason: z.string().trim().min(MINIMUM_REASON_LENGTH, reason('tooShort')),
    endsOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, reason('invalid'))
      .refine((day) => day >= today, reason('inPast')),
  });
}

interface EndInvolvementFormProps {
  familyId: string;
  involvement: InvolvementFieldsFragment;
  /** Called once the involvement has ended: its access is gone. */
  onEnded: () => void;
  onCancel: () => void;
}

/**
 * Ending an involvement ends its access at once, so it takes two steps: the
 * reason (which everyone who sees the plan reads), then a confirmation.
 */
export function EndInvolvementForm({ familyId, involvement, onEnded, onCancel }: EndInvolvementFormProps) {
  const { t } = useTranslation('involvements');
  const today = useMemo(() => dutchToday(), []);
  const schema = useMemo(() => endingSchema(today), [today]);
  // Today ends the involvement at once; a later day keeps access until that day.
  const blank = useMemo(() => ({ reason: '', endsOn: today }), [today]);
  const kit = useKitForm({ schema, defaultValues: blank });
  const { control, formState, getFieldState, setFocus } = kit.form;
  const step = useConfirmStep(kit, blank);
  const ending = step.checked;
  const confirming = ending !== null;

  useEffect(() => {
    // Opening the form, and coming back from the check: the reason is where to go on. Fields the API rejected take the focus themselves.
    if (!confirming && !getFieldState('reason').invalid && !getFieldState('endsOn').invalid) setFocus('reason');
  }, [confirming, getFieldState, setFocus]);

  if (ending) {
    return (
      <EndInvolvementConfirmation
        familyId={familyId}
        involvement={involvement}
        ending={ending}
        today={today}
        onEnded={onEnded}
        onBack={step.back}
        onFieldsRejected={step.rejected}
        onCancel={onCancel}
      />
    );
  }

  return (
    <KitForm kit={kit} className="plan-form plan-form--inline" {...step.checkStep}>
      <Paragraph>{t('end.explanation', { name: involvement.professionalName })}</Paragraph>
      <TextareaField
        control={control}
        name="reason"
        label={t('end.reasonLabel')}
        description={t('end.reasonDescription')}
        rows={3}
        errorMessage={t('end.reasonError', { minimum: MINIMUM_REASON_LENGTH })}
      />
      <TextField
        control={control}
        name="endsOn"
        type="date"
        min={today}
        label={t('end.endsOnLabel')}
        description={t('end.endsOnDescription')}
        errorMessage={t('end.endsOnError')}
      />
      <FormActions submitLabel={t('end.next')} busy={formState.isSubmitting} onCancel={onCancel} cancelLabel={t('end.cancel')} />
    </KitForm>
  );
}
