import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday, LIFE_DOMAINS } from '@gezinsplan/domain';
import { Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { memberName } from '../../../shared/components/member-names';
import { CheckboxGroupField, RadioGroupField, SelectField, TextareaField, TextField } from '../../../shared/forms';
import { CheckedItem, ItemField, ItemFormValues, ItemKind, shows, SituationAspect, Weekday } from '../utils/item-form';
import { childrenFor, membersFor, PlanEditor } from '../utils/plan-editor';
import { AssigneeField } from './fields/assignee-field';
import { GoalField } from './fields/goal-field';
import { InviteesField } from './fields/invitees-field';
import { weekdayName } from '../../portal-shared/utils/dates';

interface ItemFieldsProps {
  kind: ItemKind;
  control: Control<ItemFormValues, unknown, CheckedItem>;
  editor: PlanEditor;
  /** A partner's agreement is always their own: the form says so instead of asking. */
  ownAgreement: boolean;
}

/** The fields of one kind of plan item, in the order its form shows them (`KIND_FIELDS`). */
export function ItemFields({ kind, control, editor, ownAgreement }: ItemFieldsProps) {
  const { t } = useTranslation('planItems');
  const { language } = useLanguage();
  const { t: tv } = useTranslation('vocabulary');
  const has = (field: ItemField) => shows(kind, field);
  const dueOn = useWatch({ control, name: 'dueOn' });
  const optionalText = (name: ItemField, rows = 3) => (
    <TextareaField control={control} name={name} rows={rows} label={t(`fields.${name as 'planB'}.label`)} />
  );
  return (
    <>
      {has('aspect') && (
        <RadioGroupField
          control={control}
          name="aspect"
          legend={t('fields.aspect.legend')}
          options={Object.values(SituationAspect).map((aspect) => ({ value: aspect, label: t(`fields.aspect.${aspect}`) }))}
        />
      )}
      {has('lifeDomain') && (
        <SelectField
          control={control}
          name="lifeDomain"
          label={t('fields.lifeDomain.label')}
          placeholder={t('fields.lifeDomain.choose')}
          options={LIFE_DOMAINS.map((domain) => ({ value: domain, label: tv(`lifeDomains.${domain}`) }))}
        />
      )}
      {has('childId') && (
        <SelectField
          control={control}
          name="childId"
          label={t('fields.child.label')}
          placeholder={t('fields.child.choose')}
          options={childrenFor(editor).map((member) => ({ value: member.id, label: memberName(member) }))}
        />
      )}
      {kind === 'ROSTER_ENTRY' && (
        <AssigneeField control={control} name="assignee" editor={editor} label={t('fields.rosterAssignee.label')} />
      )}
      <TextareaField
        control={control}
        name="text"
        label={t(`newItem.${kind}.textLabel`)}
        description={t(`newItem.${kind}.textDescription`)}
        errorMessage={t(`newItem.${kind}.textError`)}
      />
      {has('recordedWith') && (
        <TextField
          control={control}
          name="recordedWith"
          label={t('fields.recordedWith.label')}
          description={t('fields.recordedWith.description')}
          errorMessage={t('fields.recordedWith.error')}
        />
      )}
      {has('safetyForChild') && optionalText('safetyForChild')}
      {has('safetyForParents') && optionalText('safetyForParents')}
      {has('safetyForProfessionals') && optionalText('safetyForProfessionals')}
      {has('contactName') && (
        <TextField
          control={control}
          name="contactName"
          label={t('fields.contactName.label')}
          description={t('fields.contactName.description')}
          errorMessage={t('fields.contactName.error')}
        />
      )}
      {has('contactPhone') && (
        <TextField control={control} name="contactPhone" type="tel" autoComplete="off" label={t('fields.contactPhone.label')} />
      )}
      {has('planB') && (
        <TextareaField
          control={control}
          name="planB"
          label={t('fields.planB.label')}
          description={t('fields.planB.description')}
          errorMessage={t('fields.planB.error')}
        />
      )}
      {has('startsOn') && <TextField control={control} name="startsOn" type="date" label={t('fields.startsOn.label')} />}
      {has('endsOn') && <TextField control={control} name="endsOn" type="date" label={t('fields.endsOn.label')} />}
      {has('assignee') &&
        kind !== 'ROSTER_ENTRY' &&
        (ownAgreement ? (
          <Paragraph>{t('fields.assignee.yourself', { organisation: editor.involvement.organisationName })}</Paragraph>
        ) : (
          <AssigneeField
            control={control}
            name="assignee"
            editor={editor}
            label={kind === 'SAFETY_AGREEMENT' ? t('fields.safetyAssignee.label') : undefined}
          />
        ))}
      {has('weekday') && (
        <SelectField
          control={control}
          name="weekday"
          label={t('fields.weekday.label')}
          placeholder={t('fields.weekday.choose')}
          errorMessage={t('fields.weekday.error')}
          options={Object.values(Weekday).map((day) => ({ value: day, label: weekdayName(Number(day), language) }))}
        />
      )}
      {has('dueOn') && (
        <TextField control={control} name="dueOn" type="date" label={t(`newItem.${kind}.dueOnLabel`)} errorMessage={t('fields.dueOn.error')} />
      )}
      {has('cancelContact') && (
        <TextField
          control={control}
          name="cancelContact"
          label={t('fields.cancelContact.label')}
          description={t('fields.cancelContact.description')}
        />
      )}
      {has('occurredOn') && (
        <TextField
          control={control}
          name="occurredOn"
          type="date"
          label={t('fields.occurredOn.label')}
          description={t('fields.occurredOn.description')}
          max={dutchToday()}
          errorMessage={t('fields.occurredOn.error')}
        />
      )}
      {has('goalId') && <GoalField control={control} name="goalId" goals={editor.goals} />}
      {has('invitedMemberIds') && (
        <CheckboxGroupField
          control={control}
          name="invitedMemberIds"
          legend={t('fields.invitedMembers.legend')}
          description={t('fields.invitedMembers.description')}
          errorMessage={t('fields.invitedMembers.error')}
          options={membersFor(editor).map((member) => ({ value: member.id, label: memberName(member) }))}
        />
      )}
      {has('invitedInvolvementIds') && (
        <InviteesField control={control} name="invitedInvolvementIds" editor={editor} on={dueOn || undefined} />
      )}
    </>
  );
}
