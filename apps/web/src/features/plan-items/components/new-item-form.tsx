import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, KitForm, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { useAddPlanItem } from '../hooks/use-add-plan-item';
import { emptyItem, itemSchema, NewItemKind } from '../utils/item-form';
import { partyKey } from '../utils/party-key';
import { categoriesFor, defaultCategory, mayAssignToOthers, membersFor, PlanEditor } from '../utils/plan-editor';
import { AssigneeField } from './fields/assignee-field';
import { CategoryField } from './fields/category-field';
import { GoalField } from './fields/goal-field';
import { MembersField } from './fields/members-field';

interface NewItemFormProps {
  kind: NewItemKind;
  editor: PlanEditor;
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds a goal, an agreement or a logbook entry, with each problem shown next to its field. */
export function NewItemForm({ kind, editor, onSaved, onCancel }: NewItemFormProps) {
  const { t } = useTranslation('planItems');
  const { add } = useAddPlanItem(editor.familyId);
  const categories = useMemo(() => categoriesFor(kind, editor), [kind, editor]);
  // A partner's agreements are their own involvement's: the API refuses any other.
  const ownAgreement = kind === 'AGREEMENT' && !mayAssignToOthers(editor);
  const kit = useKitForm({
    schema: itemSchema(kind),
    defaultValues: emptyItem(defaultCategory(categories), ownAgreement ? partyKey('INVOLVEMENT', editor.involvement.id) : ''),
    focusOnOpen: 'text',
  });
  const { control, formState } = kit.form;

  return (
    <KitForm kit={kit} onSubmit={(item) => add(kind, item)} onSaved={onSaved}>
      <TextareaField
        control={control}
        name="text"
        label={t(`newItem.${kind}.textLabel`)}
        description={t(`newItem.${kind}.textDescription`)}
        errorMessage={t(`newItem.${kind}.textError`)}
      />
      {kind === 'AGREEMENT' &&
        (ownAgreement ? (
          <Paragraph>{t('fields.assignee.yourself', { organisation: editor.involvement.organisationName })}</Paragraph>
        ) : (
          <AssigneeField control={control} name="assignee" editor={editor} />
        ))}
      {kind !== 'LOG_ENTRY' && (
        <TextField control={control} name="dueOn" type="date" label={t(`newItem.${kind}.dueOnLabel`)} errorMessage={t('fields.dueOn.error')} />
      )}
      {kind === 'LOG_ENTRY' && (
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
      {kind === 'AGREEMENT' && <GoalField control={control} name="goalId" goals={editor.goals} />}
      <MembersField
        control={control}
        name="aboutMemberIds"
        legend={t(`newItem.${kind}.aboutLegend`)}
        members={membersFor(editor)}
        errorMessage={t('fields.about.error')}
      />
      {categories.length > 1 && <CategoryField control={control} name="category" categories={categories} />}
      <FormActions submitLabel={t(`newItem.${kind}.submit`)} busy={formState.isSubmitting} onCancel={onCancel} />
    </KitForm>
  );
}
