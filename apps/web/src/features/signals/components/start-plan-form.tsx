import { dutchToday } from '@gezinsplan/domain';
import {
  Button,
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldErrorMessage,
  FormFieldRadio,
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { SignalFieldsFragment, SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { calendarDayToDate } from '../../../shared/components/calendar-day';
import { CheckboxFieldset } from '../../../shared/components/checkbox-fieldset';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { useRegisseurProposal } from '../hooks/use-regisseur-proposal';
import { useStartPlanFromMatch } from '../hooks/use-start-plan-from-match';
import { signallingProfessionals, subjectName } from '../utils/match-view';
import { PersonWithPlan } from '../utils/signal-problem';
import {
  HouseholdMemberDraft,
  HouseholdRole,
  MemberField,
  newHouseholdMember,
  NO_PLAN_PROBLEMS,
  PLAN_FIELDS,
  PlanDraft,
  PlanField,
  planDraftProblems,
  PlanProblems,
  planProblemsFromApi,
  startPlanInputOf,
} from '../utils/plan-draft';
import { RegisseurProposalView } from './regisseur-proposal-view';

const ROLES: readonly HouseholdRole[] = ['PARENT', 'OTHER_HOUSEHOLD_MEMBER'];

interface StartPlanFormProps {
  match: SignalMatchFieldsFragment;
}

/**
 * The young people, the family's name, its parents and household, and the
 * regisseur: proposed by the rule, confirmed as agreed with the professionals
 * or chosen otherwise. Starting opens the new family's plan.
 */
export function StartPlanForm({ match }: StartPlanFormProps) {
  const { t } = useTranslation('signals');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { start, starting } = useStartPlanFromMatch();
  const subjects = [match.subject, ...match.siblings];
  const [draft, setDraft] = useState<PlanDraft>(() => ({
    subjectIds: subjects.map((subject) => subject.id),
    familyName: t('startPlan.defaultFamilyName', { name: match.subject.familyName }),
    members: [],
    regisseurSignalId: '',
    regisseurConfirmed: false,
  }));
  const [pristine] = useState(draft);
  const [problems, setProblems] = useState<PlanProblems>(NO_PLAN_PROBLEMS);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const [withPlan, setWithPlan] = useState<PersonWithPlan[] | null>(null);
  const [startedFamilyId, setStartedFamilyId] = useState<string | null>(null);
  const [chosenByHand, setChosenByHand] = useState(false);
  const nextKey = useRef(1);
  // The proposal chosen for them is not something the person filled in.
  const changed = chosenByHand || JSON.stringify({ ...draft, regisseurSignalId: '' }) !== JSON.stringify(pristine);
  useUnsavedChanges(startedFamilyId === null && changed);

  const candidates = signallingProfessionals(match, draft.subjectIds);
  const { proposal, loading: proposalLoading, failed: proposalFailed } = useRegisseurProposal(draft.subjectIds);
  const proposed = proposal ? candidates.find((candidate) => candidate.contactEmail === proposal.signal.contactEmail) : undefined;

  // The proposal is chosen until someone chooses by hand; a choice that left with its young person falls back to it.
  useEffect(() => {
    const stillThere = candidates.some((candidate) => candidate.id === draft.regisseurSignalId);
    if ((!chosenByHand || !stillThere) && proposed && draft.regisseurSignalId !== proposed.id) {
      setDraft((current) => ({ ...current, regisseurSignalId: proposed.id }));
      if (!stillThere) setChosenByHand(false);
    }
  }, [proposed, candidates, chosenByHand, draft.regisseurSignalId]);

  useEffect(() => {
    if (startedFamilyId) navigate(generatePath(PATHS.familyPlan, { familyId: startedFamilyId }));
  }, [startedFamilyId, navigate]);

  const refs: Record<PlanField, RefObject<HTMLElement | null>> = {
    subjectIds: useRef<HTMLInputElement>(null),
    familyName: useRef<HTMLInputElement>(null),
    otherMembers: useRef<HTMLInputElement>(null),
    regisseurSignalId: useRef<HTMLInputElement>(null),
    regisseurConfirmed: useRef<HTMLInputElement>(null),
  };
  const memberRefs = useRef(new Map<string, HTMLInputElement | null>());
  const membersHeadingId = useId();
  const involvedHeadingId = useId();
  const regisseurHeadingId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  // A person just added: their first field gets the focus once it is there.
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (added) memberRefs.current.get(added)?.focus();
  }, [added]);

  useEffect(() => {
    const first = PLAN_FIELDS.find((field) => problems.fields.includes(field));
    if (first === 'otherMembers') {
      const key = draft.members.find((member) => problems.members[member.key])?.key;
      if (key) memberRefs.current.get(key)?.focus();
    } else if (first) refs[first].current?.focus();
    // Only a new set of problems moves the focus.
  }, [problems]);

  const set = <F extends keyof PlanDraft>(field: F, value: PlanDraft[F]) => setDraft((current) => ({ ...current, [field]: value }));
  const setMember = (key: string, change: Partial<HouseholdMemberDraft>) =>
    setDraft((current) => ({
      ...current,
      members: current.members.map((member) => (member.key === key ? { ...member, ...change } : member)),
    }));
  const addMember = () => {
    const key = `member-${nextKey.current++}`;
    setDraft((current) => ({ ...current, members: [...current.members, newHouseholdMember(key, '')] }));
    setAdded(key);
  };
  const removeMember = (key: string) => {
    setDraft((current) => ({ ...current, members: current.members.filter((member) => member.key !== key) }));
    addButton.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (starting) return;
    setFailure(null);
    setWithPlan(null);
    const found = planDraftProblems(draft, dutchToday());
    setProblems(found);
    if (found.fields.length > 0) return;
    const outcome = await start(startPlanInputOf(draft));
    if ('familyId' in outcome) {
      setStartedFamilyId(outcome.familyId);
      return;
    }
    const { problem } = outcome;
    if (problem.kind === 'fields') {
      const placed = planProblemsFromApi(problem.fields, draft);
      if (placed.fields.length > 0) setProblems(placed);
      else setFailure('unavailable');
    } else if (problem.kind === 'personHasPlan') setWithPlan(problem.people);
    else setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'refused');
  };

  const isInvalid = (field: PlanField) => problems.fields.includes(field);
  const proposalSince = (signal: SignalFieldsFragment) => formatDate(new Date(signal.registeredAt), language);

  return (
    <form className="page-form signal-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && (
        <Paragraph role="alert" className="form-failure">
          {t(`startPlan.problems.${failure}`)}
        </Paragraph>
      )}
      {withPlan && (
        <div role="alert" className="form-failure">
          <Paragraph>
            {t('existingPlan.startRefused', { people: withPlan.map((person) => `${person.givenName} ${person.familyName}`).join(', ') })}
          </Paragraph>
          <ul>
            {withPlan.map((person) => (
              <li key={`${person.givenName} ${person.familyName}`}>
                {t('existingPlan.startRefusedPerson', { name: `${person.givenName} ${person.familyName}`, regisseur: person.regisseurName, email: person.email })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <CheckboxFieldset
        name="subjectIds"
        legend={t('startPlan.children')}
        description={t('startPlan.childrenDescription')}
        options={subjects.map((subject) => ({
          value: subject.id,
          label: t('startPlan.childLabel', {
            name: subjectName(subject),
            born: formatDate(calendarDayToDate(subject.dateOfBirth), language),
          }),
        }))}
        value={draft.subjectIds}
        invalid={isInvalid('subjectIds')}
        errorMessage={t('startPlan.errors.subjectIds')}
        firstInputRef={refs.subjectIds as RefObject<HTMLInputElement>}
        onChange={(subjectIds) => set('subjectIds', subjectIds)}
      />
      <FormFieldTextInput
        name="familyName"
        label={t('startPlan.familyName')}
        description={t('startPlan.familyNameDescription')}
        autoComplete="off"
        value={draft.familyName}
        invalid={isInvalid('familyName')}
        errorMessage={t('startPlan.errors.familyName')}
        inputRef={refs.familyName as RefObject<HTMLInputElement>}
        onChange={(event) => set('familyName', inputValue(event))}
      />

      <section className="page-form__part" aria-labelledby={membersHeadingId}>
        <Heading level={2} id={membersHeadingId}>
          {t('startPlan.members.title')}
        </Heading>
        <Paragraph>{t('startPlan.members.description')}</Paragraph>
        {draft.members.map((member, index) => (
          <HouseholdMemberFields
            key={member.key}
            member={member}
            number={index + 1}
            invalid={problems.members[member.key] ?? []}
            firstFieldRef={(element) => {
              memberRefs.current.set(member.key, element);
            }}
            onChange={(change) => setMember(member.key, change)}
            onRemove={() => removeMember(member.key)}
          />
        ))}
        <Button ref={addButton} appearance="secondary-action-button" onClick={addMember}>
          {t('startPlan.members.add')}
        </Button>
      </section>

      <section className="page-form__part" aria-labelledby={involvedHeadingId}>
        <Heading level={2} id={involvedHeadingId}>
          {t('startPlan.involved')}
        </Heading>
        <Paragraph>{t('startPlan.involvedDescription')}</Paragraph>
        <ul className="signal-people">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              {t('startPlan.regisseur.option', { name: candidate.professionalName, organisation: candidate.organisationName })}
            </li>
          ))}
        </ul>
      </section>

      <section className="page-form__part" aria-labelledby={regisseurHeadingId}>
        <Heading level={2} id={regisseurHeadingId}>
          {t('startPlan.regisseur.title')}
        </Heading>
        <div role="status" className="regisseur-proposal">
          {proposalLoading && <Paragraph>{t('startPlan.regisseur.loading')}</Paragraph>}
          {proposalFailed && <Paragraph>{t('startPlan.regisseur.unavailable')}</Paragraph>}
          {proposal && draft.subjectIds.length > 0 && <RegisseurProposalView proposal={proposal} candidates={candidates} />}
        </div>
        <RegisseurChoice
          candidates={candidates}
          proposedId={proposed?.id}
          value={draft.regisseurSignalId}
          invalid={isInvalid('regisseurSignalId')}
          firstRadioRef={refs.regisseurSignalId as RefObject<HTMLInputElement>}
          since={proposalSince}
          onChange={(id) => {
            setChosenByHand(true);
            set('regisseurSignalId', id);
          }}
        />
        <FormFieldCheckboxOption
          name="regisseurConfirmed"
          label={t('startPlan.regisseur.confirm')}
          checked={draft.regisseurConfirmed}
          invalid={isInvalid('regisseurConfirmed')}
          errorMessage={t('startPlan.regisseur.confirmError')}
          inputRef={refs.regisseurConfirmed as RefObject<HTMLInputElement>}
          onChange={(event) => set('regisseurConfirmed', event.target.checked)}
        />
      </section>

      <div className="page-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={starting}>
          {starting ? t('startPlan.submitting') : t('startPlan.submit')}
        </Button>
      </div>
    </form>
  );
}

interface RegisseurChoiceProps {
  candidates: readonly SignalFieldsFragment[];
  proposedId: string | undefined;
  value: string;
  invalid: boolean;
  firstRadioRef: RefObject<HTMLInputElement>;
  since: (signal: SignalFieldsFragment) => string;
  onChange: (signalId: string) => void;
}

function RegisseurChoice({ candidates, proposedId, value, invalid, firstRadioRef, since, onChange }: RegisseurChoiceProps) {
  const { t } = useTranslation('signals');
  const errorId = useId();
  const descriptionId = useId();
  return (
    <Fieldset
      legend={t('startPlan.regisseur.choose')}
      invalid={invalid}
      aria-describedby={[descriptionId, invalid ? errorId : ''].join(' ').trim()}
      className="page-form__group"
    >
      <Paragraph id={descriptionId} className="signal-form__hint">
        {t('startPlan.regisseur.chooseDescription')}
      </Paragraph>
      {invalid && <FormFieldErrorMessage id={errorId}>{t('startPlan.regisseur.chooseError')}</FormFieldErrorMessage>}
      {candidates.map((candidate, index) => {
        const label = t('startPlan.regisseur.option', { name: candidate.professionalName, organisation: candidate.organisationName });
        return (
          <FormFieldRadio
            key={candidate.id}
            name="regisseurSignalId"
            value={candidate.id}
            label={candidate.id === proposedId ? `${label} (${t('startPlan.regisseur.proposed')})` : label}
            description={`${t(`domains.${candidate.domain}`)}, ${t('signal.since').toLowerCase()} ${since(candidate)}`}
            checked={value === candidate.id}
            invalid={invalid}
            radioRef={index === 0 ? firstRadioRef : undefined}
            onChange={() => onChange(candidate.id)}
          />
        );
      })}
    </Fieldset>
  );
}

interface HouseholdMemberFieldsProps {
  member: HouseholdMemberDraft;
  number: number;
  invalid: readonly MemberField[];
  firstFieldRef: (element: HTMLInputElement | null) => void;
  onChange: (change: Partial<HouseholdMemberDraft>) => void;
  onRemove: () => void;
}

function HouseholdMemberFields({ member, number, invalid, firstFieldRef, onChange, onRemove }: HouseholdMemberFieldsProps) {
  const { t } = useTranslation('signals');
  const today = dutchToday();
  return (
    <Fieldset legend={t('startPlan.members.person', { number })} className="page-form__group page-form__person">
      <FormFieldTextInput
        name={`${member.key}-givenName`}
        label={t('startPlan.members.givenName')}
        autoComplete="off"
        value={member.givenName}
        invalid={invalid.includes('givenName')}
        errorMessage={t('startPlan.members.errors.givenName')}
        inputRef={firstFieldRef}
        onChange={(event) => onChange({ givenName: inputValue(event) })}
      />
      <FormFieldTextInput
        name={`${member.key}-familyName`}
        label={t('startPlan.members.familyName')}
        autoComplete="off"
        value={member.familyName}
        invalid={invalid.includes('familyName')}
        errorMessage={t('startPlan.members.errors.familyName')}
        onChange={(event) => onChange({ familyName: inputValue(event) })}
      />
      <FormFieldTextInput
        name={`${member.key}-dateOfBirth`}
        type="date"
        max={today}
        label={t('startPlan.members.dateOfBirth')}
        value={member.dateOfBirth}
        invalid={invalid.includes('dateOfBirth')}
        errorMessage={t('startPlan.members.errors.dateOfBirth')}
        onChange={(event) => onChange({ dateOfBirth: inputValue(event) })}
      />
      <FormFieldSelect
        name={`${member.key}-role`}
        label={t('startPlan.members.role')}
        value={member.role}
        onChange={(event) => onChange({ role: inputValue(event) as HouseholdRole })}
      >
        {ROLES.map((role) => (
          <SelectOption key={role} value={role}>
            {t(`startPlan.members.roles.${role}`)}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <FormFieldCheckboxOption
        name={`${member.key}-hasParentalAuthority`}
        label={t('startPlan.members.hasParentalAuthority')}
        checked={member.hasParentalAuthority}
        onChange={(event) => onChange({ hasParentalAuthority: event.target.checked })}
      />
      <FormFieldCheckboxOption
        name={`${member.key}-livesAtHome`}
        label={t('startPlan.members.livesAtHome')}
        checked={member.livesAtHome}
        onChange={(event) => onChange({ livesAtHome: event.target.checked })}
      />
      <div className="signal-form__member-actions">
        <Button appearance="secondary-action-button" onClick={onRemove}>
          {t('startPlan.members.remove', { number })}
        </Button>
      </div>
    </Fieldset>
  );
}
