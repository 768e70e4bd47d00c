import { Alert, Button, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { dutchToday, ErrorCode, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FamilyInvolvementsQuery } from '../../../graphql/generated/graphql';
import { readApiError } from '../../../graphql/api-error';
import { memberName } from '../../../shared/components/member-names';
import { CheckboxField, CheckboxGroupField, FormActions, KitForm, SelectField, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { useInvitableProfessionals } from '../hooks/use-invitable-professionals';
import { Invitation, useInviteInvolvement } from '../hooks/use-invite-involvement';
import { EMPTY_INVITE, inviteSchema, isActivelyInvolved, TASK_LENGTH } from '../utils/invite-form';
import { ToldAfterwardsFields } from './told-afterwards-fields';

interface InviteInvolvementFormProps {
  family: FamilyInvolvementsQuery['family'];
  onInvited: (invitation: Invitation) => void;
}

/**
 * Organisation, professional, a concrete task, and only the members and kinds
 * of information the task needs: need-to-know starts at the invitation.
 */
export function InviteInvolvementForm({ family, onInvited }: InviteInvolvementFormProps) {
  const { t } = useTranslation('involvements');
  const { t: tv } = useTranslation('vocabulary');
  const schema = useMemo(() => inviteSchema(dutchToday()), []);
  const kit = useKitForm({ schema, defaultValues: EMPTY_INVITE });
  const { control, formState, setValue, setError } = kit.form;
  const organisationId = useWatch({ control, name: 'organisationId' });
  const toldAfterwards = useWatch({ control, name: 'toldAfterwards' });
  const { organisations, professionals, loadingProfessionals, failed, retry } = useInvitableProfessionals(family.id, organisationId);
  const { invite } = useInviteInvolvement(family.id);

  // Another organisation has other professionals: the one chosen before is no longer on the list.
  useEffect(() => setValue('professionalEmail', ''), [organisationId, setValue]);

  return (
    <KitForm
      kit={kit}
      className="plan-form"
      onSubmit={invite}
      onSaved={onInvited}
      onFailure={(error) => {
        // The API's conflict: the professional became involved in the meantime.
        if (readApiError(error)?.code !== ErrorCode.Conflict) return false;
        setError('professionalEmail', { type: 'api', message: 'alreadyInvolved' });
        return true;
      }}
    >
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('invite.listFailed')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={retry}>
            {t('invite.retry')}
          </Button>
        </Alert>
      )}
      <SelectField
        control={control}
        name="organisationId"
        label={t('invite.organisation')}
        placeholder={t('invite.chooseOrganisation')}
        errorMessage={t('invite.errors.organisationId')}
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      />
      <SelectField
        control={control}
        name="professionalEmail"
        label={t('invite.professional')}
        description={t('invite.professionalDescription')}
        placeholder={
          organisationId === ''
            ? t('invite.chooseOrganisationFirst')
            : loadingProfessionals
              ? t('invite.loadingProfessionals')
              : t('invite.chooseProfessional')
        }
        errorMessage={{
          choose: t('invite.errors.professional.empty'),
          invalid: t('invite.errors.professional.invalid'),
          alreadyInvolved: t('invite.errors.professional.alreadyInvolved'),
        }}
      >
        {professionals.map((professional) => {
          const label = professional.discipline ? `${professional.displayName}, ${professional.discipline}` : professional.displayName;
          const involved = isActivelyInvolved(professional.email, family.involvements);
          return (
            <SelectOption key={professional.id} value={professional.email} disabled={involved}>
              {involved ? t('invite.alreadyInvolved', { name: label }) : label}
            </SelectOption>
          );
        })}
      </SelectField>
      <TextareaField
        control={control}
        name="task"
        label={t('invite.task')}
        description={t('invite.taskDescription')}
        rows={2}
        errorMessage={{
          empty: t('invite.errors.task'),
          tooShort: t('invite.errors.taskTooShort', { minimum: TASK_LENGTH.minimum }),
          tooLong: t('invite.errors.taskTooLong', { maximum: TASK_LENGTH.maximum }),
          invalid: t('invite.errors.invalid'),
        }}
      />
      <CheckboxGroupField
        control={control}
        name="memberIds"
        legend={t('invite.members')}
        errorMessage={t('invite.errors.memberIds')}
        options={family.members.map((member) => ({ value: member.id, label: memberName(member) }))}
      />
      <CheckboxGroupField
        control={control}
        name="categories"
        legend={t('invite.categories')}
        description={t('invite.categoriesDescription')}
        errorMessage={t('invite.errors.categories')}
        options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
      />
      <TextField
        control={control}
        name="startsOn"
        type="date"
        label={t('invite.startsOn')}
        description={t('invite.startsOnDescription')}
        errorMessage={t('invite.errors.date')}
      />
      <TextField
        control={control}
        name="endsOn"
        type="date"
        label={t('invite.endsOn')}
        description={t('invite.endsOnDescription')}
        errorMessage={{ invalid: t('invite.errors.date'), beforeStart: t('invite.errors.endsBeforeStart') }}
      />
      <CheckboxField
        control={control}
        name="toldAfterwards"
        label={t('invite.toldAfterwards.label')}
        description={t('invite.toldAfterwards.description')}
      />
      {toldAfterwards && <ToldAfterwardsFields control={control} />}
      <FormActions submitLabel={t('invite.submit')} busy={formState.isSubmitting} />
    </KitForm>
  );
}
