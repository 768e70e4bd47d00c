import { Button } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormActions, KitForm, useKitForm } from '../../../shared/forms';
import { useConflictingVersion } from '../hooks/use-conflicting-version';
import { useUpdatePlanItem } from '../hooks/use-update-plan-item';
import { asksAbout, ItemKind, itemSchemaNamingMembers, itemValuesOf, KIND_FIELDS, updateInputOf } from '../utils/item-form';
import { aboutOptionsFor, mayAssignToOthers, onlyInvitable, PlanEditor, writesAboutWholeFamily } from '../utils/plan-editor';
import { ConflictNotice } from './conflict-notice';
import { MembersField } from './fields/members-field';
import { ItemFields } from './item-fields';

interface EditItemFormProps {
  item: PlanItemFieldsFragment;
  editor: PlanEditor;
  onDone: (saved: boolean) => void;
}

/**
 * Changes every field of an item's kind, starting from the version on screen.
 * When someone else saved in the meantime, their version is shown and the
 * person chooses: save their own over it, start again from theirs, or stop.
 */
export function EditItemForm({ item, editor, onDone }: EditItemFormProps) {
  const { t } = useTranslation('planItems');
  const kind = item.kind as ItemKind;
  const { update } = useUpdatePlanItem();
  const { baseVersion, current, theirsArrived, dismissTheirs } = useConflictingVersion(item);
  // An item that names its members keeps naming them for a partner who may not write about the whole family.
  const mustName = !writesAboutWholeFamily(editor, kind) && item.aboutMemberIds.length > 0;
  const kit = useKitForm({ schema: itemSchemaNamingMembers(kind, mustName), defaultValues: itemValuesOf(item), focusOnOpen: KIND_FIELDS[kind][0] });
  const { control, formState, setValue, setFocus } = kit.form;

  const startFromTheirs = () => {
    if (!current) return;
    setValue('text', current.text ?? '', { shouldDirty: true });
    if (current.dueOn) setValue('dueOn', current.dueOn, { shouldDirty: true });
    dismissTheirs();
    setFocus('text');
  };

  return (
    <KitForm
      kit={kit}
      className="kit-form kit-form--inline"
      onSubmit={(values) => update(updateInputOf(kind, item.id, baseVersion, onlyInvitable(values, editor)))}
      onSaved={() => onDone(true)}
      onFailure={theirsArrived}
    >
      {current && (
        <ConflictNotice current={current} saveLabel={t('conflict.saveMine')} busy={formState.isSubmitting}>
          <Button type="button" appearance="secondary-action-button" onClick={startFromTheirs}>
            {t('conflict.startFromTheirs')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => onDone(false)}>
            {t('conflict.keepTheirs')}
          </Button>
        </ConflictNotice>
      )}
      <ItemFields kind={kind} control={control} editor={editor} ownAgreement={kind === 'AGREEMENT' && !mayAssignToOthers(editor)} />
      {asksAbout(kind) && (
        <MembersField
          control={control}
          name="aboutMemberIds"
          legend={mustName ? t('fields.about.ownTaskLegend') : t(`newItem.${kind}.aboutLegend`)}
          members={aboutOptionsFor(editor, kind)}
          errorMessage={t('fields.about.error')}
        />
      )}
      {!current && <FormActions submitLabel={t('actions.save')} busy={formState.isSubmitting} onCancel={() => onDone(false)} />}
    </KitForm>
  );
}
