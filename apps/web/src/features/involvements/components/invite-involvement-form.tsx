import {
  Alert,
  Button,
  FormFieldSelect,
  FormFieldTextarea,
  FormFieldTextInput,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { dutchToday, INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyInvolvementsQuery } from '../../../graphql/generated/graphql';
import { CheckboxFieldset } from '../../../shared/components/checkbox-fieldset';
import { invalidFields } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { memberName } from '../../../shared/components/member-names';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { FormProblemAlert } from '../../../shared/forms';
import { useInvitableProfessionals } from '../hooks/use-invitable-professionals';
import { useInviteInvolvement } from '../hooks/use-invite-involvement';
import {
  checkInviteDraft,
  EMPTY_INVITE,
  INVITE_FIELDS,
  InviteDraft,
  InviteField,
  InviteProblems,
  InviteReason,
  isActivelyInvolved,
  TASK_LENGTH,
} from '../utils/invite-draft';

interface InviteInvolvementFormProps {
  family: FamilyInvolvementsQuery['family'];
  onInvited: (involvementId: string) => void;
}

/**
 * Organisation, professional, a concrete task, and only the members and kinds
 * of information the task needs: need-to-know starts at the invitation.
 */
export function InviteInvolvementForm({ family, onInvited }: InviteInvolvementFormProps) {
  const { t } = useTranslation('involvements');
  const { t: tv } = useTranslation('vocabulary');
  const [draft, setDraft] = useState<InviteDraft>(EMPTY_INVITE);
  const [problems, setProblems] = useState<InviteProblems>({});
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  const { organisations, professionals, loadingProfessionals, failed, retry } = useInvitableProfessionals(family.id, draft.organisationId);
  const { invite, inviting } = useInviteInvolvement(family.id);
  useUnsavedChanges(JSON.stringify(draft) !== JSON.stringify(EMPTY_INVITE));

  const organisationRef = useRef<HTMLSelectElement>(null);
  const professionalRef = useRef<HTMLSelectElement>(null);
  const taskRef = useRef<HTMLTextAreaElement>(null);
  const categoriesRef = useRef<HTMLInputElement>(null);
  const membersRef = useRef<HTMLInputElement>(null);
  const startsOnRef = useRef<HTMLInputElement>(null);
  const endsOnRef = useRef<HTMLInputElement>(null);
  const refs: Record<InviteField, RefObject<HTMLElement | null>> = {
    organisationId: organisationRef,
    professionalEmail: professionalRef,
    task: taskRef,
    categories: categoriesRef,
    memberIds: membersRef,
    startsOn: startsOnRef,
    endsOn: endsOnRef,
  };

  // After the render, so that the field already carries its message when it is announced.
  useEffect(() => {
    const first = INVITE_FIELDS.find((field) => problems[field]);
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems]);

  const set = <F extends InviteField>(field: F, value: InviteDraft[F]) => setDraft((current) => ({ ...current, [field]: value }));
  const chooseOrganisation = (organisationId: string) =>
    setDraft((current) => ({ ...current, organisationId, professionalEmail: '' }));
  const reasonOf = (field: InviteField): InviteReason | undefined => problems[field];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inviting) return;
    setFailure(null);
    const found = checkInviteDraft(draft, dutchToday());
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const result = await invite(draft);
    if (result.ok) {
      onInvited(result.involvementId);
      return;
    }
    const { problem } = result;
    if (problem.kind === 'fields') {
      const marked: InviteProblems = {};
      for (const field of invalidFields(problem.fields)) marked[field] = 'invalid';
      setProblems(marked);
    } else if (problem.kind === 'conflict') {
      setProblems({ professionalEmail: 'alreadyInvolved' });
    } else {
      setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
    }
  };

  const taskMessage = (reason: InviteReason | undefined) =>
    reason === 'tooShort'
      ? t('invite.errors.taskTooShort', { minimum: TASK_LENGTH.minimum })
      : reason === 'tooLong'
        ? t('invite.errors.taskTooLong', { maximum: TASK_LENGTH.maximum })
        : reason === 'invalid'
          ? t('invite.errors.invalid')
          : t('invite.errors.task');

  const professionalMessage = (reason: InviteReason | undefined) =>
    reason === 'alreadyInvolved' || reason === 'invalid'
      ? t(`invite.errors.professional.${reason}`)
      : t('invite.errors.professional.empty');

  return (
    <form className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('invite.listFailed')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={retry}>
            {t('invite.retry')}
          </Button>
        </Alert>
      )}
      <FormFieldSelect
        name="organisationId"
        label={t('invite.organisation')}
        value={draft.organisationId}
        invalid={Boolean(reasonOf('organisationId'))}
        errorMessage={t('invite.errors.organisationId')}
        selectRef={organisationRef}
        onChange={(event) => chooseOrganisation(inputValue(event))}
      >
        <SelectOption value="">{t('invite.chooseOrganisation')}</SelectOption>
        {organisations.map((organisation) => (
          <SelectOption key={organisation.id} value={organisation.id}>
            {organisation.name}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <FormFieldSelect
        name="professionalEmail"
        label={t('invite.professional')}
        description={t('invite.professionalDescription')}
        value={draft.professionalEmail}
        invalid={Boolean(reasonOf('professionalEmail'))}
        errorMessage={professionalMessage(reasonOf('professionalEmail'))}
        selectRef={professionalRef}
        onChange={(event) => set('professionalEmail', inputValue(event))}
      >
        <SelectOption value="">
          {draft.organisationId === ''
            ? t('invite.chooseOrganisationFirst')
            : loadingProfessionals
              ? t('invite.loadingProfessionals')
              : t('invite.chooseProfessional')}
        </SelectOption>
        {professionals.map((professional) => {
          const label = professional.discipline ? `${professional.displayName}, ${professional.discipline}` : professional.displayName;
          const involved = isActivelyInvolved(professional.email, family.involvements);
          return (
            <SelectOption key={professional.id} value={professional.email} disabled={involved}>
              {involved ? t('invite.alreadyInvolved', { name: label }) : label}
            </SelectOption>
          );
        })}
      </FormFieldSelect>
      <FormFieldTextarea
        name="task"
        label={t('invite.task')}
        description={t('invite.taskDescription')}
        value={draft.task}
        rows={2}
        invalid={Boolean(reasonOf('task'))}
        errorMessage={taskMessage(reasonOf('task'))}
        inputRef={taskRef}
        onChange={(event) => set('task', inputValue(event))}
      />
      <CheckboxFieldset
        name="memberIds"
        legend={t('invite.members')}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
        value={draft.memberIds}
        invalid={Boolean(reasonOf('memberIds'))}
        errorMessage={t('invite.errors.memberIds')}
        firstInputRef={membersRef}
        onChange={(value) => set('memberIds', value)}
      />
      <CheckboxFieldset
        name="categories"
        legend={t('invite.categories')}
        description={t('invite.categoriesDescription')}
        options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
        value={draft.categories}
        invalid={Boolean(reasonOf('categories'))}
        errorMessage={t('invite.errors.categories')}
        firstInputRef={categoriesRef}
        onChange={(value) => set('categories', value as InformationCategory[])}
      />
      <FormFieldTextInput
        name="startsOn"
        type="date"
        label={t('invite.startsOn')}
        description={t('invite.startsOnDescription')}
        value={draft.startsOn}
        invalid={Boolean(reasonOf('startsOn'))}
        errorMessage={t('invite.errors.date')}
        inputRef={startsOnRef}
        onChange={(event) => set('startsOn', inputValue(event))}
      />
      <FormFieldTextInput
        name="endsOn"
        type="date"
        label={t('invite.endsOn')}
        description={t('invite.endsOnDescription')}
        value={draft.endsOn}
        invalid={Boolean(reasonOf('endsOn'))}
        errorMessage={reasonOf('endsOn') === 'beforeStart' ? t('invite.errors.endsBeforeStart') : t('invite.errors.date')}
        inputRef={endsOnRef}
        onChange={(event) => set('endsOn', inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={inviting}>
          {inviting ? t('invite.submitting') : t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
