import { dutchToday } from '@gezinsplan/domain';
import { Button, Fieldset, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Control, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { calendarDayToDate } from '../../../shared/components/calendar-day';
import {
  CheckboxField,
  CheckboxGroupField,
  FormActions,
  KitForm,
  RadioGroupField,
  SelectField,
  TextField,
  useKitForm,
} from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { useRegisseurProposal } from '../hooks/use-regisseur-proposal';
import { useStartPlanFromMatch } from '../hooks/use-start-plan-from-match';
import { signallingProfessionals, subjectName } from '../utils/match-view';
import { HOUSEHOLD_ROLES, newHouseholdMember, PlanFormValues, planSchema } from '../utils/plan-form';
import { PersonWithPlan, signalFormFailureOf } from '../utils/signal-problem';
import { RegisseurProposalView } from './regisseur-proposal-view';

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
  const { start } = useStartPlanFromMatch();
  const subjects = [match.subject, ...match.siblings];
  const schema = useMemo(() => planSchema(dutchToday()), []);
  const kit = useKitForm({
    schema,
    defaultValues: {
      subjectIds: subjects.map((subject) => subject.id),
      familyName: t('startPlan.defaultFamilyName', { name: match.subject.familyName }),
      otherMembers: [],
      regisseurSignalId: '',
      regisseurConfirmed: false,
    },
  });
  const { control, formState, getValues, resetField } = kit.form;
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const [withPlan, setWithPlan] = useState<PersonWithPlan[] | null>(null);
  const subjectIds = useWatch({ control, name: 'subjectIds' });
  const regisseurSignalId = useWatch({ control, name: 'regisseurSignalId' });

  const candidates = signallingProfessionals(match, subjectIds);
  const { proposal, loading: proposalLoading, failed: proposalFailed } = useRegisseurProposal(subjectIds);
  const proposed = proposal ? candidates.find((candidate) => candidate.contactEmail === proposal.signal.contactEmail) : undefined;

  // The proposal is chosen until someone chooses by hand; a choice that left with its young person falls back to it.
  // Chosen for them, it is not something the person filled in: it becomes the field's starting value, not a change.
  const chosenByRule = useRef('');
  useEffect(() => {
    if (!proposed || regisseurSignalId === proposed.id) return;
    const chosenByHand = regisseurSignalId !== '' && regisseurSignalId !== chosenByRule.current;
    const stillThere = candidates.some((candidate) => candidate.id === regisseurSignalId);
    if (chosenByHand && stillThere) return;
    chosenByRule.current = proposed.id;
    resetField('regisseurSignalId', { defaultValue: proposed.id });
  }, [proposed, candidates, regisseurSignalId, resetField]);

  const membersHeadingId = useId();
  const involvedHeadingId = useId();
  const regisseurHeadingId = useId();

  return (
    <KitForm
      kit={kit}
      className="page-form signal-form"
      onSubmit={(input) => {
        setFailure(null);
        setWithPlan(null);
        return start(input);
      }}
      onSaved={(familyId) => navigate(generatePath(PATHS.familyPlan, { familyId }))}
      onFailure={(error) => {
        const found = signalFormFailureOf(error, getValues());
        if (found?.kind === 'personHasPlan') setWithPlan(found.people);
        else if (found) setFailure(found.kind === 'unavailable' ? 'unavailable' : 'refused');
        return found !== null;
      }}
    >
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
      <CheckboxGroupField
        control={control}
        name="subjectIds"
        legend={t('startPlan.children')}
        description={t('startPlan.childrenDescription')}
        errorMessage={t('startPlan.errors.subjectIds')}
        options={subjects.map((subject) => ({
          value: subject.id,
          label: t('startPlan.childLabel', {
            name: subjectName(subject),
            born: formatDate(calendarDayToDate(subject.dateOfBirth), language),
          }),
        }))}
      />
      <TextField
        control={control}
        name="familyName"
        label={t('startPlan.familyName')}
        description={t('startPlan.familyNameDescription')}
        autoComplete="off"
        errorMessage={t('startPlan.errors.familyName')}
      />

      <section className="page-form__part" aria-labelledby={membersHeadingId}>
        <Heading level={2} id={membersHeadingId}>
          {t('startPlan.members.title')}
        </Heading>
        <Paragraph>{t('startPlan.members.description')}</Paragraph>
        <HouseholdMembers control={control} />
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
          {proposal && subjectIds.length > 0 && <RegisseurProposalView proposal={proposal} candidates={candidates} />}
        </div>
        <RadioGroupField
          control={control}
          name="regisseurSignalId"
          legend={t('startPlan.regisseur.choose')}
          description={t('startPlan.regisseur.chooseDescription')}
          className="page-form__group"
          errorMessage={t('startPlan.regisseur.chooseError')}
          options={candidates.map((candidate) => {
            const label = t('startPlan.regisseur.option', { name: candidate.professionalName, organisation: candidate.organisationName });
            const since = formatDate(new Date(candidate.registeredAt), language);
            return {
              value: candidate.id,
              label: candidate.id === proposed?.id ? `${label} (${t('startPlan.regisseur.proposed')})` : label,
              description: `${t(`domains.${candidate.domain}`)}, ${t('signal.since').toLowerCase()} ${since}`,
            };
          })}
        />
        <CheckboxField
          control={control}
          name="regisseurConfirmed"
          label={t('startPlan.regisseur.confirm')}
          errorMessage={t('startPlan.regisseur.confirmError')}
        />
      </section>

      <FormActions submitLabel={t('startPlan.submit')} busyLabel={t('startPlan.submitting')} busy={formState.isSubmitting} />
    </KitForm>
  );
}

/** The parents and other household members, added and removed one by one. */
function HouseholdMembers({ control }: { control: Control<PlanFormValues, unknown, PlanFormValues> }) {
  const { t } = useTranslation('signals');
  const { fields, append, remove } = useFieldArray({ control, name: 'otherMembers' });
  const addButton = useRef<HTMLButtonElement>(null);
  const today = dutchToday();
  return (
    <>
      {fields.map((member, index) => {
        const number = index + 1;
        const name = (field: keyof PlanFormValues['otherMembers'][number]) => `otherMembers.${index}.${field}` as const;
        return (
          <Fieldset key={member.id} legend={t('startPlan.members.person', { number })} className="page-form__group page-form__person">
            <TextField
              control={control}
              name={name('givenName')}
              label={t('startPlan.members.givenName')}
              autoComplete="off"
              errorMessage={t('startPlan.members.errors.givenName')}
            />
            <TextField
              control={control}
              name={name('familyName')}
              label={t('startPlan.members.familyName')}
              autoComplete="off"
              errorMessage={t('startPlan.members.errors.familyName')}
            />
            <TextField
              control={control}
              name={name('dateOfBirth')}
              type="date"
              max={today}
              label={t('startPlan.members.dateOfBirth')}
              errorMessage={t('startPlan.members.errors.dateOfBirth')}
            />
            <SelectField
              control={control}
              name={name('role')}
              label={t('startPlan.members.role')}
              options={HOUSEHOLD_ROLES.map((role) => ({ value: role, label: t(`startPlan.members.roles.${role}`) }))}
            />
            <CheckboxField control={control} name={name('hasParentalAuthority')} label={t('startPlan.members.hasParentalAuthority')} />
            <CheckboxField control={control} name={name('livesAtHome')} label={t('startPlan.members.livesAtHome')} />
            <div className="signal-form__member-actions">
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  remove(index);
                  addButton.current?.focus();
                }}
              >
                {t('startPlan.members.remove', { number })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <Button
        ref={addButton}
        appearance="secondary-action-button"
        // The person just added: their first field gets the focus.
        onClick={() => append(newHouseholdMember(), { focusName: `otherMembers.${fields.length}.givenName` })}
      >
        {t('startPlan.members.add')}
      </Button>
    </>
  );
}
