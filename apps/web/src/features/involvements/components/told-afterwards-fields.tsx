import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioGroupField, TextareaField, TextField } from '../../../shared/forms';
import { LEGAL_BASIS_KINDS, REFERENCE_LIMIT, STEP_LENGTH } from '../../legal-bases/utils/legal-basis-form';
import { CheckedInvite, InviteFormValues } from '../utils/invite-form';

/** The steps written out in words, each with the legal-basis page's question. */
const STEPS = ['purpose', 'necessaryInformation', 'proportionality', 'subsidiarity', 'professionalSecrecy'] as const;

/**
 * The legal basis an invitation carries when the family is told afterwards:
 * the documented steps and why the family hears of it later, for the task's
 * members and kinds of information.
 */
export function ToldAfterwardsFields({ control }: { control: Control<InviteFormValues, unknown, CheckedInvite> }) {
  const { t } = useTranslation('legalBases');
  const { t: ti } = useTranslation('involvements');
  const invalid = t('errors.invalid');
  const tooLong = t('errors.tooLong', { maximum: STEP_LENGTH.maximum });
  const written = (field: (typeof STEPS)[number] | 'informingDelayReason', short: string) => (
    <TextareaField
      key={field}
      control={control}
      name={`basis.${field}`}
      label={t(`record.fields.${field}.label`)}
      description={t(`record.fields.${field}.description`)}
      rows={3}
      errorMessage={{ empty: short, tooShort: short, tooLong, invalid }}
    />
  );
  return (
    <fieldset className="told-afterwards">
      <Heading level={2}>{ti('invite.toldAfterwards.title')}</Heading>
      <Paragraph>{ti('invite.toldAfterwards.intro')}</Paragraph>
      <RadioGroupField
        control={control}
        name="basis.kind"
        legend={t('record.fields.kind.legend')}
        errorMessage={{ choose: t('errors.kind'), invalid }}
        options={Object.values(LEGAL_BASIS_KINDS).map((kind) => ({ value: kind, label: t(`kinds.${kind}`), description: t(`kindDescriptions.${kind}`) }))}
      />
      <TextField
        control={control}
        name="basis.reference"
        label={t('record.fields.reference.label')}
        description={t('record.fields.reference.description')}
        errorMessage={{ tooLong: t('errors.tooLong', { maximum: REFERENCE_LIMIT }), invalid }}
      />
      {STEPS.map((field) => written(field, t('errors.step', { minimum: STEP_LENGTH.minimum })))}
      {written('informingDelayReason', t('errors.informingDelayReason', { minimum: STEP_LENGTH.minimum }))}
      <TextField
        control={control}
        name="basis.validUntil"
        type="date"
        label={t('record.fields.validUntil.label')}
        description={t('record.fields.validUntil.description')}
        errorMessage={{ beforeToday: t('errors.validUntil'), invalid }}
      />
    </fieldset>
  );
}
