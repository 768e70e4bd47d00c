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
import { emptyLegalBasis, INFORMING, LEGAL_BASIS_KINDS, legalBasisSchema, REFERENCE_LIMIT, STEP_LENGTH } from '../utils/legal-basis-form';
import { LegalBasisRecordedState } from '../utils/recorded-notice';

/** The fields written out in words: the documented steps, and why the family is told afterwards. */
type WrittenField = 'purpose' | 'necessaryInformation' | 'proportionality' | 'subsidiarity' | 'professionalSecrecy' | 'informingDelayReason';

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

  const invalid = t('errors.invalid');
  const tooLong = t('errors.tooLong', { maximum: STEP_LENGTH.maximum });
  const chosen = (message: string) => ({ choose: message, invalid });
  const written = (field: WrittenField, short: string, rows = 4) => (
    <TextareaField
      control={control}
      name={field}
      label={t(`record.fields.${field}.label`)}
      description={t(`record.fields.${field}.description`)}
      rows={rows}
      errorMessage={{ empty: short, tooShort: short, tooLong, invalid }}
    />
  );
  const step = (field: WrittenField) => written(field, t('errors.step', { minimum: STEP_LENGTH.minimum }));

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
      <RadioGroupField
        control={control}
        name="kind"
        legend={t('record.fields.kind.legend')}
        errorMessage={chosen(t('errors.kind'))}
        options={Object.values(LEGAL_BASIS_KINDS).map((kind) => ({
          value: kind,
          label: t(`kinds.${kind}`),
          description: t(`kindDescriptions.${kind}`),
        }))}
      />
      <TextField
        control={control}
        name="reference"
        label={t('record.fields.reference.label')}
        description={t('record.fields.reference.description')}
        errorMessage={{ tooLong: t('errors.tooLong', { maximum: REFERENCE_LIMIT }), invalid }}
      />

      <Heading level={2}>{t('record.steps.purpose')}</Heading>
      {step('purpose')}

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
      {step('necessaryInformation')}

      <Heading level={2}>{t('record.steps.proportionality')}</Heading>
      {step('proportionality')}

      <Heading level={2}>{t('record.steps.subsidiarity')}</Heading>
      {step('subsidiarity')}

      <Heading level={2}>{t('record.steps.professionalSecrecy')}</Heading>
      {step('professionalSecrecy')}

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
          type="datetime-local"
          label={t('record.fields.familyInformedAt')}
          errorMessage={{
            empty: t('errors.familyInformedAt.empty'),
            future: t('errors.familyInformedAt.future'),
            invalid: t('errors.familyInformedAt.invalid'),
          }}
        />
      )}
      {informing === 'after' && written('informingDelayReason', t('errors.informingDelayReason', { minimum: STEP_LENGTH.minimum }), 3)}
      <TextField
        control={control}
        name="validUntil"
        type="date"
        label={t('record.fields.validUntil.label')}
        description={t('record.fields.validUntil.description')}
        errorMessage={{ beforeToday: t('errors.validUntil'), invalid }}
      />
      <FormActions submitLabel={t('record.submit')} busy={formState.isSubmitting} />
    </KitForm>
  );
}
