import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, KitForm, useKitForm } from '../../../shared/forms';
import { useAddPlanItem } from '../hooks/use-add-plan-item';
import { asksAbout, emptyItem, ItemKind, itemSchemaNamingMembers, KIND_FIELDS } from '../utils/item-form';
import { partyKey } from '../utils/party-key';
import { aboutOptionsFor, categoriesFor, defaultCategory, mayAssignToOthers, onlyInvitable, PlanEditor, writesAboutWholeFamily } from '../utils/plan-editor';
import { CategoryField } from './fields/category-field';
import { MembersField } from './fields/members-field';
import { ItemFields } from './item-fields';

interface NewItemFormProps {
  kind: ItemKind;
  editor: PlanEditor;
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds one item of any kind, with each problem shown next to its field. */
export function NewItemForm({ kind, editor, onSaved, onCancel }: NewItemFormProps) {
  const { t } = useTranslation('planItems');
  const { add } = useAddPlanItem(editor.familyId);
  const categories = useMemo(() => categoriesFor(kind, editor), [kind, editor]);
  // A partner's agreements are their own involvement's: the API refuses any other.
  const ownAgreement = kind === 'AGREEMENT' && !mayAssignToOthers(editor);
  const kit = useKitForm({
    schema: itemSchemaNamingMembers(kind, !writesAboutWholeFamily(editor, kind)),
    defaultValues: emptyItem(defaultCategory(categories), ownAgreement ? partyKey('INVOLVEMENT', editor.involvement.id) : ''),
    focusOnOpen: KIND_FIELDS[kind][0],
  });
  const { control, formState } = kit.form;

  return (
    <KitForm kit={kit} onSubmit={(item) => add(kind, onlyInvitable(item, editor))} onSaved={onSaved}>
      <ItemFields kind={kind} control={control} editor={editor} ownAgreement={ownAgreement} />
      {asksAbout(kind) && (
        <MembersField
          control={control}
          name="aboutMemberIds"
          legend={writesAboutWholeFamily(editor, kind) ? t(`newItem.${kind}.aboutLegend`) : t('fields.about.ownTaskLegend')}
          members={aboutOptionsFor(editor, kind)}
          errorMessage={t('fields.about.error')}
        />
      )}
      {categories.length > 1 && <CategoryField control={control} name="category" categories={categories} />}
      <FormActions submitLabel={t(`newItem.${kind}.submit`)} busy={formState.isSubmitting} onCancel={onCancel} />
    </KitForm>
  );
}
