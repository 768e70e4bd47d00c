import {
  Button,
  Fieldset,
  FormFieldErrorMessage,
  FormFieldRadio,
  FormFieldTextarea,
  FormFieldTextInput,
  Heading,
} from '@rijkshuisstijl-community/components-react';
import { dutchToday, INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { FormEvent, RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { InvolvementFieldsFragment, LegalBasisRecordingQuery } from '../../../graphql/generated/graphql';
import { CheckboxFieldset } from '../../../shared/components/checkbox-fieldset';
import { invalidFields } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { memberName } from '../../../shared/components/member-names';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { FormProblemAlert } from '../../../shared/forms';
import { useRecordLegalBasis } from '../hooks/use-record-legal-basis';
import {
  checkLegalBasisDraft,
  emptyLegalBasis,
  Informing,
  LEGAL_BASIS_FIELDS,
  LEGAL_BASIS_KINDS,
  LegalBasisDraft,
  LegalBasisField,
  LegalBasisProblems,
  LegalBasisReason,
  STEP_LENGTH,
} from '../utils/legal-basis-draft';
import { LegalBasisRecordedState } from '../utils/recorded-notice';

const INFORMING: readonly Informing[] = ['before', 'after'];

/** The fields written out in words: the documented steps, and why the family is told afterwards. */
type TextField = 'purpose' | 'necessaryInformation' | 'proportionality' | 'subsidiarity' | 'professionalSecrecy' | 'informingDelayReason';

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
  const { record, recording } = useRecordLegalBasis(family.id, recipient.id);
  const initial = useRef(emptyLegalBasis(recipient.memberIds)).current;
  const [draft, setDraft] = useState<LegalBasisDraft>(initial);
  const [problems, setProblems] = useState<LegalBasisProblems>({});
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  const [recorded, setRecorded] = useState(false);
  const kindErrorId = useId();
  const informingErrorId = useId();
  useUnsavedChanges(!recorded && JSON.stringify(draft) !== JSON.stringify(initial));

  const refs = {
    kind: useRef<HTMLInputElement>(null),
    reference: useRef<HTMLInputElement>(null),
    purpose: useRef<HTMLTextAreaElement>(null),
    subjectMemberIds: useRef<HTMLInputElement>(null),
    categories: useRef<HTMLInputElement>(null),
    necessaryInformation: useRef<HTMLTextAreaElement>(null),
    proportionality: useRef<HTMLTextAreaElement>(null),
    subsidiarity: useRef<HTMLTextAreaElement>(null),
    professionalSecrecy: useRef<HTMLTextAreaElement>(null),
    informing: useRef<HTMLInputElement>(null),
    familyInformedAt: useRef<HTMLInputElement>(null),
    informingDelayReason: useRef<HTMLTextAreaElement>(null),
    validUntil: useRef<HTMLInputElement>(null),
  } satisfies Record<LegalBasisField, RefObject<HTMLElement | null>>;

  // After the render, so that the field already carries its message when it is announced.
  useEffect(() => {
    const first = LEGAL_BASIS_FIELDS.find((field) => problems[field]);
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems]);

  // Once the guard knows the form is clean, leaving cannot ask to stay.
  useEffect(() => {
    if (!recorded) return;
    const state: LegalBasisRecordedState = { legalBasisRecordedFor: recipient.professionalName };
    navigate(generatePath(PATHS.familyInvolvements, { familyId: family.id }), { state });
  }, [recorded, family.id, recipient.professionalName, navigate]);

  const set = <F extends LegalBasisField>(field: F, value: LegalBasisDraft[F]) => setDraft((current) => ({ ...current, [field]: value }));
  const reasonOf = (field: LegalBasisField): LegalBasisReason | undefined => problems[field];

  /** The message next to a field: what is wrong, in terms of that field. */
  const messageOf = (field: LegalBasisField): string => {
    const reason = reasonOf(field);
    if (reason === 'tooLong') return t('errors.tooLong', { maximum: field === 'reference' ? 200 : STEP_LENGTH.maximum });
    if (reason === 'invalid') return t('errors.invalid');
    switch (field) {
      case 'familyInformedAt':
        return t(`errors.familyInformedAt.${reason === 'future' ? 'future' : 'empty'}`);
      case 'informingDelayReason':
        return t('errors.informingDelayReason', { minimum: STEP_LENGTH.minimum });
      case 'kind':
      case 'subjectMemberIds':
      case 'categories':
      case 'informing':
      case 'validUntil':
        return t(`errors.${field}`);
      default:
        return t('errors.step', { minimum: STEP_LENGTH.minimum });
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recording) return;
    setFailure(null);
    const found = checkLegalBasisDraft(draft, new Date(), dutchToday());
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const problem = await record(draft);
    if (!problem) {
      setRecorded(true);
    } else if (problem.kind === 'fields') {
      const marked: LegalBasisProblems = {};
      for (const field of invalidFields(problem.fields)) marked[field] = 'invalid';
      setProblems(marked);
    } else {
      setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
    }
  };

  const textField = (field: TextField, rows = 4) => (
    <FormFieldTextarea
      name={field}
      label={t(`record.fields.${field}.label`)}
      description={t(`record.fields.${field}.description`)}
      value={draft[field]}
      rows={rows}
      invalid={Boolean(reasonOf(field))}
      errorMessage={messageOf(field)}
      inputRef={refs[field]}
      onChange={(event) => set(field, inputValue(event))}
    />
  );

  return (
    <form className="plan-form legal-basis-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}

      <Heading level={2}>{t('record.steps.basis')}</Heading>
      <Fieldset
        legend={t('record.fields.kind.legend')}
        invalid={Boolean(reasonOf('kind'))}
        aria-describedby={reasonOf('kind') ? kindErrorId : undefined}
        className="form-fieldset"
      >
        {reasonOf('kind') && <FormFieldErrorMessage id={kindErrorId}>{messageOf('kind')}</FormFieldErrorMessage>}
        {LEGAL_BASIS_KINDS.map((kind, index) => (
          <FormFieldRadio
            key={kind}
            name="kind"
            value={kind}
            label={t(`kinds.${kind}`)}
            description={t(`kindDescriptions.${kind}`)}
            checked={draft.kind === kind}
            radioRef={index === 0 ? refs.kind : undefined}
            onChange={() => set('kind', kind)}
          />
        ))}
      </Fieldset>
      <FormFieldTextInput
        name="reference"
        label={t('record.fields.reference.label')}
        description={t('record.fields.reference.description')}
        value={draft.reference}
        invalid={Boolean(reasonOf('reference'))}
        errorMessage={messageOf('reference')}
        inputRef={refs.reference}
        onChange={(event) => set('reference', inputValue(event))}
      />

      <Heading level={2}>{t('record.steps.purpose')}</Heading>
      {textField('purpose')}

      <Heading level={2}>{t('record.steps.necessary')}</Heading>
      <CheckboxFieldset
        name="subjectMemberIds"
        legend={t('record.fields.subjectMemberIds')}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
        value={draft.subjectMemberIds}
        invalid={Boolean(reasonOf('subjectMemberIds'))}
        errorMessage={messageOf('subjectMemberIds')}
        firstInputRef={refs.subjectMemberIds}
        onChange={(value) => set('subjectMemberIds', value)}
      />
      <CheckboxFieldset
        name="categories"
        legend={t('record.fields.categories')}
        options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
        value={draft.categories}
        invalid={Boolean(reasonOf('categories'))}
        errorMessage={messageOf('categories')}
        firstInputRef={refs.categories}
        onChange={(value) => set('categories', value as InformationCategory[])}
      />
      {textField('necessaryInformation')}

      <Heading level={2}>{t('record.steps.proportionality')}</Heading>
      {textField('proportionality')}

      <Heading level={2}>{t('record.steps.subsidiarity')}</Heading>
      {textField('subsidiarity')}

      <Heading level={2}>{t('record.steps.professionalSecrecy')}</Heading>
      {textField('professionalSecrecy')}

      <Heading level={2}>{t('record.steps.informing')}</Heading>
      <Fieldset
        legend={t('record.fields.informing.legend')}
        invalid={Boolean(reasonOf('informing'))}
        aria-describedby={reasonOf('informing') ? informingErrorId : undefined}
        className="form-fieldset"
      >
        {reasonOf('informing') && <FormFieldErrorMessage id={informingErrorId}>{messageOf('informing')}</FormFieldErrorMessage>}
        {INFORMING.map((informing, index) => (
          <FormFieldRadio
            key={informing}
            name="informing"
            value={informing}
            label={t(`record.fields.informing.${informing}`)}
            checked={draft.informing === informing}
            radioRef={index === 0 ? refs.informing : undefined}
            onChange={() => set('informing', informing)}
          />
        ))}
      </Fieldset>
      {draft.informing === 'before' && (
        <FormFieldTextInput
          name="familyInformedAt"
          type="datetime-local"
          label={t('record.fields.familyInformedAt')}
          value={draft.familyInformedAt}
          invalid={Boolean(reasonOf('familyInformedAt'))}
          errorMessage={messageOf('familyInformedAt')}
          inputRef={refs.familyInformedAt}
          onChange={(event) => set('familyInformedAt', inputValue(event))}
        />
      )}
      {draft.informing === 'after' && textField('informingDelayReason', 3)}
      <FormFieldTextInput
        name="validUntil"
        type="date"
        label={t('record.fields.validUntil.label')}
        description={t('record.fields.validUntil.description')}
        value={draft.validUntil}
        invalid={Boolean(reasonOf('validUntil'))}
        errorMessage={messageOf('validUntil')}
        inputRef={refs.validUntil}
        onChange={(event) => set('validUntil', inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={recording}>
          {recording ? t('saving') : t('record.submit')}
        </Button>
      </div>
    </form>
  );
}
