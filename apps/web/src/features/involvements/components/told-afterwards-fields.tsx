import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioGroupField, TextareaField, TextField } from '../../../shared/forms';
import { useLegalBasisFieldTexts, WrittenField } from '../../legal-bases/hooks/use-legal-basis-field-texts';
import { CheckedInvite, InviteFormValues } from '../utils/invite-form';

const WRITTEN: readonly WrittenField[] = [
  'purpose',
  'necessaryInformation',
  'proportionality',
  'subsidiarity',
  'professionalSecrecy',
  'informingDelayReason',
];

/**
 * The legal basis an invitation carries when the family is told afterwards:
 * the documented steps and why the family hears of it later, for the task's
 * members and kinds of information.
 */
export function ToldAfterwardsFields({ control }: { control: Control<InviteFormValues, unknown, CheckedInvite> }) {
  const { t } = useTranslation('involvements');
  const texts = useLegalBasisFieldTexts();
  return (
    <fieldset className="told-afterwards">
      <Heading level={2}>{t('invite.toldAfterwards.title')}</Heading>
      <Paragraph>{t('invite.toldAfterwards.intro')}</Paragraph>
      <RadioGroupField control={control} name="basis.kind" {...texts.kind} />
      <TextField control={control} name="basis.reference" {...texts.reference} />
      {WRITTEN.map((field) => (
        <TextareaField key={field} control={control} name={`basis.${field}`} rows={3} {...texts.written(field)} />
      ))}
      <TextField control={control} name="basis.validUntil" {...texts.validUntil} />
    </fieldset>
  );
}
