import {
  Button,
  Fieldset,
  FormFieldRadio,
  FormFieldSelect,
  FormFieldTextInput,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentPurpose, FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { CheckboxFieldset } from '../../../shared/components/checkbox-fieldset';
import { memberName, namesOf } from '../../../shared/components/member-names';
import { invalidFields } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useRecordConsent } from '../hooks/use-record-consent';
import {
  CONSENT_FIELDS,
  ConsentDraft,
  ConsentField,
  EMPTY_CONSENT,
  missingConsentFields,
  purposeHasCategories,
} from '../utils/consent-draft';
import { inputValue } from '../../../shared/components/input-value';

const PURPOSES: readonly ConsentPurpose[] = ['PLAN_EXCHANGE', 'SHARE_AGREED_PLAN', 'INFORM_FAMILY'];

interface RecordConsentFormProps {
  family: FamilyConsentQuery['family'];
}

/** The regisseur records a consent: whose information, for what, to whom, which categories, and who gave it. */
export function RecordConsentForm({ family }: RecordConsentFormProps) {
  const { t } = useTranslation('consent');
  const { t: tv } = useTranslation('vocabulary');
  const { language } = useLanguage();
  const { record, recording } = useRecordConsent(family.id);
  const [draft, setDraft] = useState<ConsentDraft>(EMPTY_CONSENT);
  const [invalid, setInvalid] = useState<readonly ConsentField[]>([]);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const [recorded, setRecorded] = useState(false);
  useUnsavedChanges(JSON.stringify(draft) !== JSON.stringify(EMPTY_CONSENT));

  const subjectRef = useRef<HTMLSelectElement>(null);
  const recipientsRef = useRef<HTMLInputElement>(null);
  const categoriesRef = useRef<HTMLInputElement>(null);
  const givenByRef = useRef<HTMLInputElement>(null);
  const validUntilRef = useRef<HTMLInputElement>(null);
  const refs: Record<ConsentField, RefObject<HTMLElement | null>> = {
    subjectMemberId: subjectRef,
    recipientInvolvementIds: recipientsRef,
    categories: categoriesRef,
    givenByMemberIds: givenByRef,
    validUntil: validUntilRef,
  };

  useEffect(() => {
    const first = CONSENT_FIELDS.find((field) => invalid.includes(field));
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [invalid]);

  const set = <F extends keyof ConsentDraft>(field: F, value: ConsentDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const isInvalid = (field: ConsentField) => invalid.includes(field);
  const requirement = family.consentRequirements.find((candidate) => candidate.memberId === draft.subjectMemberId);
  const sharing = draft.purpose === 'PLAN_EXCHANGE';
  const withCategories = purposeHasCategories(draft.purpose);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recording) return;
    setFailure(null);
    setRecorded(false);
    const missing = missingConsentFields(draft);
    setInvalid(missing);
    if (missing.length > 0) return;
    const problem = await record(draft);
    if (!problem) {
      setDraft(EMPTY_CONSENT);
      setRecorded(true);
      subjectRef.current?.focus();
    } else if (problem.kind === 'fields') setInvalid(invalidFields(problem.fields));
    else setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'refused');
  };

  return (
    <form className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && (
        <Paragraph role="alert" className="form-failure">
          {t(`record.problems.${failure}`)}
        </Paragraph>
      )}
      <FormFieldSelect
        name="subjectMemberId"
        label={t('record.subject')}
        description={t('record.subjectDescription')}
        value={draft.subjectMemberId}
        invalid={isInvalid('subjectMemberId')}
        errorMessage={t('record.errors.subjectMemberId')}
        selectRef={subjectRef}
        onChange={(event) => set('subjectMemberId', inputValue(event))}
      >
        <SelectOption value="">{t('record.chooseMember')}</SelectOption>
        {family.members.map((member) => (
          <SelectOption key={member.id} value={member.id}>
            {memberName(member)}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <Fieldset legend={t('record.purpose')}>
        {PURPOSES.map((purpose) => (
          <FormFieldRadio
            key={purpose}
            name="purpose"
            value={purpose}
            label={tv(`consentPurposes.${purpose}`)}
            description={t(`record.purposeDescriptions.${purpose}`)}
            checked={draft.purpose === purpose}
            onChange={() => set('purpose', purpose)}
          />
        ))}
      </Fieldset>
      {sharing && (
        <CheckboxFieldset
          name="recipientInvolvementIds"
          legend={t('record.recipients')}
          options={family.involvements
            .filter((involvement) => !involvement.endedAt)
            .map((involvement) => ({
              value: involvement.id,
              label: `${involvement.professionalName}, ${involvement.organisationName}`,
              description: involvement.task,
            }))}
          value={draft.recipientInvolvementIds}
          invalid={isInvalid('recipientInvolvementIds')}
          errorMessage={t('record.errors.recipientInvolvementIds')}
          firstInputRef={recipientsRef}
          onChange={(value) => set('recipientInvolvementIds', value)}
        />
      )}
      {withCategories && (
        <CheckboxFieldset
          name="categories"
          legend={t(sharing ? 'record.categories' : 'record.agreementCategories')}
          options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
          value={draft.categories}
          invalid={isInvalid('categories')}
          errorMessage={t('record.errors.categories')}
          firstInputRef={categoriesRef}
          onChange={(value) => set('categories', value as InformationCategory[])}
        />
      )}
      <CheckboxFieldset
        name="givenByMemberIds"
        legend={t('record.givenBy')}
        description={
          requirement
            ? t('record.givenByRequired', { names: namesOf(requirement.requiredConsenterIds, family.members, language) })
            : t('record.givenByChooseSubject')
        }
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
        value={draft.givenByMemberIds}
        invalid={isInvalid('givenByMemberIds')}
        errorMessage={t('record.errors.givenByMemberIds')}
        firstInputRef={givenByRef}
        onChange={(value) => set('givenByMemberIds', value)}
      />
      <FormFieldTextInput
        name="validUntil"
        type="date"
        label={t('record.validUntil')}
        description={t('record.validUntilDescription')}
        value={draft.validUntil}
        invalid={isInvalid('validUntil')}
        errorMessage={t('record.errors.validUntil')}
        inputRef={validUntilRef}
        onChange={(event) => set('validUntil', inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={recording}>
          {recording ? t('record.submitting') : t('record.submit')}
        </Button>
      </div>
      <div role="status">{recorded && <Paragraph>{t('record.recorded')}</Paragraph>}</div>
    </form>
  );
}
