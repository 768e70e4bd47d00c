import { dutchToday, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { Alert, Button, FormFieldTextarea, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from '../../../shared/components/checkbox-fieldset';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { useCreateFamily } from '../hooks/use-create-family';
import { MemberDetails, newMemberDetails } from '../utils/member-details';
import { NetworkDetails, newNetworkDetails } from '../utils/network-details';
import {
  checkNewPlan,
  hasProblems,
  NEW_PLAN_FIELDS,
  NewPlanDraft,
  NewPlanMember,
  newPlanProblemsFromApi,
  NewPlanProblems,
  NO_NEW_PLAN_PROBLEMS,
} from '../utils/new-plan-draft';
import { FormProblemAlert } from '../../../shared/forms';
import { ExistingPlanFlag } from '../utils/existing-plans';
import { ExistingPlanFlagNotice } from './existing-plan-flag';
import { MemberFields } from './member-fields';
import { NetworkFields } from './network-fields';

const NO_ERRORS = {};

function newMember(key: string, role: 'PARENT' | 'CHILD', familyName = ''): NewPlanMember {
  return { key, ...newMemberDetails(role, familyName), bsn: '', differentPersonConfirmed: false };
}

function initialDraft(): NewPlanDraft {
  return {
    name: '',
    members: [newMember('member-0', 'PARENT')],
    network: [],
    regisseurTask: '',
    regisseurCategories: ['GENERAL', 'SAFETY'],
  };
}

/**
 * A professional starts a family's plan with its first members, and its
 * network if known, and becomes its regisseur. Starting opens the new plan.
 */
export function NewFamilyPlanForm() {
  const { t } = useTranslation('familySetup');
  const { t: tv } = useTranslation('vocabulary');
  const { create, creating } = useCreateFamily();
  const backToPlan = useBackToPlan();
  const [initial] = useState(initialDraft);
  const [draft, setDraft] = useState<NewPlanDraft>(initial);
  const [problems, setProblems] = useState<NewPlanProblems>(NO_NEW_PLAN_PROBLEMS);
  const [failure, setFailure] = useState<'notAllowed' | 'unavailable' | null>(null);
  const [startedFamilyId, setStartedFamilyId] = useState<string | null>(null);
  // Members already in a family with an active plan, by key: the start waits for the regisseur's answer, or a confirmed namesake.
  const [flags, setFlags] = useState<Record<string, ExistingPlanFlag>>({});
  const [flagsShown, setFlagsShown] = useState(0);
  // The database refused a second plan without saying for whom (a start by someone else at the same moment).
  const [unnamedRefusal, setUnnamedRefusal] = useState(false);
  const flagSummary = useRef<HTMLDivElement>(null);
  // The person just added to a list: their first field gets the focus.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const nextKey = useRef(1);
  const nameRef = useRef<HTMLInputElement>(null);
  const addMemberButton = useRef<HTMLButtonElement>(null);
  const addNetworkButton = useRef<HTMLButtonElement>(null);
  const taskRef = useRef<HTMLTextAreaElement>(null);
  const categoriesRef = useRef<HTMLInputElement>(null);
  const membersHeadingId = useId();
  const networkHeadingId = useId();
  const regisseurHeadingId = useId();
  useUnsavedChanges(startedFamilyId === null && JSON.stringify(draft) !== JSON.stringify(initial));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (startedFamilyId) backToPlan(startedFamilyId, { kind: 'started' });
  }, [startedFamilyId, backToPlan]);

  const firstProblem = NEW_PLAN_FIELDS.find((field) => problems.fields[field]);
  const firstMemberWithProblem = draft.members.find((member) => problems.members[member.key])?.key;
  const firstPersonWithProblem = draft.network.find((person) => problems.network[person.key])?.key;

  // People in the lists focus their own first problem; the form's other fields are focused here.
  useEffect(() => {
    if (firstProblem === 'name') nameRef.current?.focus();
    else if (firstProblem === 'members' && !firstMemberWithProblem) addMemberButton.current?.focus();
    else if (firstProblem === 'regisseurTask') taskRef.current?.focus();
    else if (firstProblem === 'regisseurCategories') categoriesRef.current?.focus();
    // Only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems]);

  // The summary gets the focus, so a screen reader hears why nothing started.
  useEffect(() => {
    if (flagsShown > 0) flagSummary.current?.focus();
  }, [flagsShown]);

  const set = <F extends keyof NewPlanDraft>(field: F, value: NewPlanDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const changed = <T extends { key: string }>(list: T[], key: string, values: Partial<NoInfer<T>>) =>
    list.map((entry) => (entry.key === key ? { ...entry, ...values } : entry));
  const changeMember = (key: string, values: Partial<MemberDetails & Pick<NewPlanMember, 'bsn'>>) => {
    // Other details are another person to check: a flag and a confirmation were about the old ones.
    setDraft((current) => ({ ...current, members: changed(current.members, key, { ...values, differentPersonConfirmed: false }) }));
    setFlags(({ [key]: _dropped, ...others }) => others);
  };
  const confirmDifferentPerson = (key: string) => {
    setDraft((current) => ({ ...current, members: changed(current.members, key, { differentPersonConfirmed: true }) }));
    setFlags(({ [key]: _dropped, ...others }) => others);
  };
  const changePerson = (key: string, values: Partial<NetworkDetails>) =>
    setDraft((current) => ({ ...current, network: changed(current.network, key, values) }));
  const addMember = () => {
    const key = `member-${nextKey.current++}`;
    setDraft((current) => ({ ...current, members: [...current.members, newMember(key, 'CHILD', current.members[0]?.familyName ?? '')] }));
    setAddedKey(key);
  };
  const addNetworkMember = () => {
    const key = `network-${nextKey.current++}`;
    setDraft((current) => ({ ...current, network: [...current.network, { key, ...newNetworkDetails() }] }));
    setAddedKey(key);
  };
  const remove = (list: 'members' | 'network', key: string) => {
    setDraft((current) => ({ ...current, [list]: current[list].filter((entry) => entry.key !== key) }));
    (list === 'members' ? addMemberButton : addNetworkButton).current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    setFailure(null);
    setFlags({});
    setUnnamedRefusal(false);
    const found = checkNewPlan(draft, dutchToday());
    setProblems(found);
    if (hasProblems(found)) return;
    const outcome = await create(draft);
    if ('familyId' in outcome) setStartedFamilyId(outcome.familyId);
    else if ('flags' in outcome) {
      setFlags(outcome.flags);
      setUnnamedRefusal(Object.keys(outcome.flags).length === 0);
      setFlagsShown((count) => count + 1);
    }
    else if ('fields' in outcome) {
      const placed = newPlanProblemsFromApi(outcome.fields, draft);
      if (hasProblems(placed)) setProblems(placed);
      else setFailure('unavailable');
    } else setFailure(outcome.failure);
  };

  const fieldError = (field: 'name' | 'regisseurTask') => problems.fields[field] && t(`newPlan.${field}.errors.${problems.fields[field]}`);
  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      {(Object.keys(flags).length > 0 || unnamedRefusal) && (
        <div ref={flagSummary} tabIndex={-1}>
          <Alert type="warning" role="alert">
            <Paragraph>{t('existingPlan.summary')}</Paragraph>
          </Alert>
        </div>
      )}
      <FormFieldTextInput
        name="name"
        label={t('newPlan.name.label')}
        description={t('newPlan.name.description')}
        autoComplete="off"
        value={draft.name}
        invalid={Boolean(problems.fields.name)}
        errorMessage={fieldError('name')}
        inputRef={nameRef}
        onChange={(event) => set('name', inputValue(event))}
      />

      <section className="page-form__part" aria-labelledby={membersHeadingId}>
        <Heading level={2} id={membersHeadingId}>
          {t('newPlan.members.title')}
        </Heading>
        <Paragraph>{t('newPlan.members.description')}</Paragraph>
        {draft.members.map((member, index) => (
          <MemberFields
            key={member.key}
            name={member.key}
            legend={t('newPlan.members.person', { number: index + 1 })}
            member={member}
            errors={problems.members[member.key] ?? NO_ERRORS}
            focusFirstProblem={firstProblem === 'members' && member.key === firstMemberWithProblem}
            focusOnMount={member.key === addedKey}
            onChange={(values) => changeMember(member.key, values)}
          >
            <FormFieldTextInput
              name={`${member.key}-bsn`}
              label={t('member.bsn.label')}
              description={t('member.bsn.description')}
              inputMode="numeric"
              autoComplete="off"
              value={member.bsn}
              invalid={Boolean(problems.bsn[member.key])}
              errorMessage={problems.bsn[member.key] && t('member.bsn.errors.invalid')}
              onChange={(event) => changeMember(member.key, { bsn: inputValue(event) })}
            />
            {flags[member.key] && (
              <ExistingPlanFlagNotice
                name={`${member.givenName.trim()} ${member.familyName.trim()}`}
                flag={flags[member.key]}
                onDifferentPerson={() => confirmDifferentPerson(member.key)}
              />
            )}
            {draft.members.length > 1 && (
              <Button appearance="secondary-action-button" onClick={() => remove('members', member.key)}>
                {t('newPlan.members.remove', { number: index + 1 })}
              </Button>
            )}
          </MemberFields>
        ))}
        <Button ref={addMemberButton} appearance="secondary-action-button" onClick={addMember}>
          {t('newPlan.members.add')}
        </Button>
      </section>

      <section className="page-form__part" aria-labelledby={networkHeadingId}>
        <Heading level={2} id={networkHeadingId}>
          {t('newPlan.network.title')}
        </Heading>
        <Paragraph>{t('newPlan.network.description')}</Paragraph>
        {draft.network.map((person, index) => (
          <NetworkFields
            key={person.key}
            name={person.key}
            legend={t('newPlan.network.person', { number: index + 1 })}
            person={person}
            errors={problems.network[person.key] ?? NO_ERRORS}
            focusFirstProblem={firstProblem === 'network' && person.key === firstPersonWithProblem}
            focusOnMount={person.key === addedKey}
            onChange={(values) => changePerson(person.key, values)}
          >
            <Button appearance="secondary-action-button" onClick={() => remove('network', person.key)}>
              {t('newPlan.network.remove', { number: index + 1 })}
            </Button>
          </NetworkFields>
        ))}
        <Button ref={addNetworkButton} appearance="secondary-action-button" onClick={addNetworkMember}>
          {t('newPlan.network.add')}
        </Button>
      </section>

      <section className="page-form__part" aria-labelledby={regisseurHeadingId}>
        <Heading level={2} id={regisseurHeadingId}>
          {t('newPlan.regisseur.title')}
        </Heading>
        <Paragraph>{t('newPlan.regisseur.description')}</Paragraph>
        <FormFieldTextarea
          name="regisseurTask"
          label={t('newPlan.regisseurTask.label')}
          description={t('newPlan.regisseurTask.description')}
          rows={3}
          value={draft.regisseurTask}
          invalid={Boolean(problems.fields.regisseurTask)}
          errorMessage={fieldError('regisseurTask')}
          inputRef={taskRef}
          onChange={(event) => set('regisseurTask', inputValue(event))}
        />
        <CheckboxFieldset
          name="regisseurCategories"
          legend={t('newPlan.regisseurCategories.legend')}
          description={t('newPlan.regisseurCategories.description')}
          options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
          value={draft.regisseurCategories}
          invalid={Boolean(problems.fields.regisseurCategories)}
          errorMessage={t('newPlan.regisseurCategories.error')}
          firstInputRef={categoriesRef}
          onChange={(categories) => set('regisseurCategories', categories as NewPlanDraft['regisseurCategories'])}
        />
      </section>

      <div className="page-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={creating}>
          {creating ? t('newPlan.submitting') : t('newPlan.submit')}
        </Button>
      </div>
    </form>
  );
}
