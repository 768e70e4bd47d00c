import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { memberName, namesOf } from '../../../shared/components/member-names';
import { nobodyCanConsent, NobodyHoldsAuthority } from '../../../shared/components/nobody-holds-authority';
import { CheckboxGroupField, FormActions, KitForm, RadioGroupField, SelectField, TextField, useKitForm } from '../../../shared/forms';
import { useRecordConsent } from '../hooks/use-record-consent';
import { CONSENT_PURPOSES, consentSchema, EMPTY_CONSENT, purposeHasCategories } from '../utils/consent-form';

interface RecordConsentFormProps {
  family: FamilyConsentQuery['family'];
}

/** The regisseur records a consent: whose information, for what, to whom, which categories, and who gave it. */
export function RecordConsentForm({ family }: RecordConsentFormProps) {
  const { t } = useTranslation('consent');
  const { t: tv } = useTranslation('vocabulary');
  const { language } = useLanguage();
  const { record } = useRecordConsent(family.id);
  const [recorded, setRecorded] = useState(false);
  const kit = useKitForm({ schema: consentSchema, defaultValues: EMPTY_CONSENT });
  const { control, formState } = kit.form;
  const [subjectMemberId, purpose] = useWatch({ control, name: ['subjectMemberId', 'purpose'] });
  const requirement = family.consentRequirements.find((candidate) => candidate.memberId === subjectMemberId);
  const subject = family.members.find((member) => member.id === subjectMemberId);
  const sharing = purpose === 'PLAN_EXCHANGE';

  return (
    <KitForm
      kit={kit}
      className="plan-form"
      onSubmit={async (consent) => {
        setRecorded(false);
        await record(consent);
      }}
      onSaved={() => {
        // Ready for the next consent, which starts with whose information it is.
        kit.form.reset(EMPTY_CONSENT);
        setRecorded(true);
        kit.form.setFocus('subjectMemberId');
      }}
    >
      <SelectField
        control={control}
        name="subjectMemberId"
        label={t('record.subject')}
        description={t('record.subjectDescription')}
        placeholder={t('record.chooseMember')}
        errorMessage={t('record.errors.subjectMemberId')}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
      />
      {subject && requirement && nobodyCanConsent(requirement) && <NobodyHoldsAuthority name={memberName(subject)} />}
      <RadioGroupField
        control={control}
        name="purpose"
        legend={t('record.purpose')}
        options={Object.values(CONSENT_PURPOSES).map((value) => ({
          value,
          label: tv(`consentPurposes.${value}`),
          description: t(`record.purposeDescriptions.${value}`),
        }))}
      />
      {sharing && (
        <CheckboxGroupField
          control={control}
          name="recipientInvolvementIds"
          legend={t('record.recipients')}
          errorMessage={t('record.errors.recipientInvolvementIds')}
          options={family.involvements
            .filter((involvement) => !involvement.endedAt)
            .map((involvement) => ({
              value: involvement.id,
              label: `${involvement.professionalName}, ${involvement.organisationName}`,
              description: involvement.task ?? undefined,
            }))}
        />
      )}
      {purposeHasCategories(purpose) && (
        <CheckboxGroupField
          control={control}
          name="categories"
          legend={t(sharing ? 'record.categories' : 'record.agreementCategories')}
          errorMessage={t('record.errors.categories')}
          options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
        />
      )}
      <CheckboxGroupField
        control={control}
        name="givenByMemberIds"
        legend={t('record.givenBy')}
        description={
          requirement
            ? t('record.givenByRequired', { names: namesOf(requirement.requiredConsenterIds, family.members, language) })
            : t('record.givenByChooseSubject')
        }
        errorMessage={t('record.errors.givenByMemberIds')}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
      />
      <TextField
        control={control}
        name="validUntil"
        type="date"
        label={t('record.validUntil')}
        description={t('record.validUntilDescription')}
        errorMessage={t('record.errors.validUntil')}
      />
      <FormActions submitLabel={t('record.submit')} busy={formState.isSubmitting} />
      <div role="status">{recorded && <Paragraph>{t('record.recorded')}</Paragraph>}</div>
    </KitForm>
  );
}
