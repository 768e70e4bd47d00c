import { Heading } from '@rijkshuisstijl-community/components-react';
import { dutchToday, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { InvolvementFieldsFragment, LegalBasisRecordingQuery } from '../../../graphql/generated/graphql';
import { memberName } from '../../../shared/components/member-names';
import { PATHS } from '../../../shared/paths';
import { CheckboxGroupField, FormActions, KitForm, RadioGroupField, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { useRecordLegalBasis } from '../hooks/use-record-legal-basis';
import { useLegalBasisFieldTexts, WrittenField } from '../hooks/use-legal-basis-field-texts';
import { emptyLegalBasis, INFORMING, legalBasisSchema } from '../utils/legal-basis-form';
import { LegalBasisRecordedState } from '../utils/recorded-notice';

interface RecordLegalBasisFormProps {
  family: LegalBasisRecordingQuery['family'];
  recipient: InvolvementFieldsFragment;
}

/**
 * Sharing without consent, as the law asks it to be documented: the basis,
 * the purpose, which information is really needed, proportionality,
 * subsidiarity, professional secrecy, and when the family is told.
 */
export function RecordLegalBasisForm({ family, recipient }: RecordLegalBasisFormProps) {
  const { t } = useTranslation('legalBases');
  const { t: tv } = useTranslation('vocabulary');
  const navigate = useNavigate();
  const { record } = useRecordLegalBasis(family.id, recipient.id);
  const schema = useMemo(() => legalBasisSchema(dutchToday()), []);
  const kit = useKitForm({ schema, defaultValues: emptyLegalBasis(recipient.memberIds) });
  const { control, formState } = kit.form;
  const informing = useWatch({ control, name: 'informing' });

  const texts = useLegalBasisFieldTexts();
  const chosen = (message: string) => ({ choose: message, invalid: texts.invalid });
  const written = (field: WrittenField, rows = 4) => <TextareaField control={control} name={field} rows={rows} {...texts.written(field)} />;

  return (
    <KitForm
      kit={kit}
      className="plan-form legal-basis-form"
      onSubmit={record}
      onSaved={() => {
        const state: LegalBasisRecordedState = { legalBasisRecordedFor: recipient.professionalName };
        navigate(generatePath(PATHS.familyInvolvements, { familyId: family.id }), { state });
      }}
    >
      <Heading level={2}>{t('record.steps.basis')}</Heading>
      <RadioGroupField control={control} name="kind" {...texts.kind} />
      <TextField control={control} name="reference" {...texts.reference} />

      <Heading level={2}>{t('record.steps.purpose')}</Heading>
      {written('purpose')}

      <Heading level={2}>{t('record.steps.necessary')}</Heading>
      <CheckboxGroupField
        control={control}
        name="subjectMemberIds"
        legend={t('record.fields.subjectMemberIds')}
        errorMessage={chosen(t('errors.subjectMemberIds'))}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
      />
      <CheckboxGroupField
        control={control}
        name="categories"
        legend={t('record.fields.categories')}
        errorMessage={chosen(t('errors.categories'))}
        options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
      />
      {written('necessaryInformation')}

      <Heading level={2}>{t('record.steps.proportionality')}</Heading>
      {written('proportionality')}

      <Heading level={2}>{t('record.steps.subsidiarity')}</Heading>
      {written('subsidiarity')}

      <Heading level={2}>{t('record.steps.professionalSecrecy')}</Heading>
      {written('professionalSecrecy')}

      <Heading level={2}>{t('record.steps.informing')}</Heading>
      <RadioGroupField
        control={control}
        name="informing"
        legend={t('record.fields.informing.legend')}
        errorMessage={chosen(t('errors.informing'))}
        options={Object.values(INFORMING).map((value) => ({ value, label: t(`record.fields.informing.${value}`) }))}
      />
      {informing === 'before' && (
        <TextField
          control={control}
          name="familyInformedAt"
          {...texts.informedAt}
          label={t('record.fields.familyInformedAt')}
        />
      )}
      {informing === 'after' && written('informingDelayReason', 3)}
      <TextField control={control} name="validUntil" {...texts.validUntil} />
      <FormActions submitLabel={t('record.submit')} busy={formState.isSubmitting} />
    </KitForm>
  );
}
