import { Button, FormFieldTextarea, FormFieldTextInput, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { FormEvent, RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidFields } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useAddPlanItem } from '../hooks/use-add-plan-item';
import {
  emptyDraft,
  isDirty,
  missingFields,
  NEW_ITEM_FIELDS,
  NewItemDraft,
  NewItemField,
  NewItemKind,
  partyKey,
} from '../utils/new-item-draft';
import { categoriesFor, defaultCategory, mayAssignToOthers, membersFor, PlanEditor } from '../utils/plan-editor';
import { AssigneeField } from './fields/assignee-field';
import { CategoryField } from './fields/category-field';
import { GoalField } from './fields/goal-field';
import { MembersField } from './fields/members-field';
import { FormProblemAlert } from './form-problem-alert';
import { inputValue } from '../../../shared/components/input-value';

interface NewItemFormProps {
  kind: NewItemKind;
  editor: PlanEditor;
  onSaved: () => void;
  onCancel: () => void;
}

type FieldRefs = Record<NewItemField, RefObject<HTMLElement | null>>;

/** Adds a goal, an agreement or a logbook entry, with each problem shown next to its field. */
export function NewItemForm({ kind, editor, onSaved, onCancel }: NewItemFormProps) {
  const { t } = useTranslation('planItems');
  const { add, adding } = useAddPlanItem(editor.familyId);
  const categories = useMemo(() => categoriesFor(kind, editor), [kind, editor]);
  const initial = useMemo(() => {
    const draft = emptyDraft(defaultCategory(categories));
    // A partner's agreements are their own involvement's: the API refuses any other.
    if (kind === 'AGREEMENT' && !mayAssignToOthers(editor)) draft.assignee = partyKey('INVOLVEMENT', editor.involvement.id);
    return draft;
  }, [categories, kind, editor]);
  const [draft, setDraft] = useState<NewItemDraft>(initial);
  const [invalid, setInvalid] = useState<readonly NewItemField[]>([]);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  useUnsavedChanges(isDirty(draft, initial));

  const textRef = useRef<HTMLTextAreaElement>(null);
  const assigneeRef = useRef<HTMLSelectElement>(null);
  const dueOnRef = useRef<HTMLInputElement>(null);
  const occurredOnRef = useRef<HTMLInputElement>(null);
  const goalRef = useRef<HTMLSelectElement>(null);
  const aboutRef = useRef<HTMLInputElement>(null);
  const categoryRef = useRef<HTMLSelectElement>(null);
  const refs: FieldRefs = {
    text: textRef,
    assignee: assigneeRef,
    dueOn: dueOnRef,
    occurredOn: occurredOnRef,
    goalId: goalRef,
    aboutMemberIds: aboutRef,
    category: categoryRef,
  };

  useEffect(() => {
    textRef.current?.focus();
  }, [textRef]);

  // After the render, so that the field already carries its message when it is announced.
  useEffect(() => {
    const first = NEW_ITEM_FIELDS.find((field) => invalid.includes(field));
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [invalid]);

  const set = <F extends NewItemField>(field: F, value: NewItemDraft[F]) => setDraft((current) => ({ ...current, [field]: value }));
  const isInvalid = (field: NewItemField) => invalid.includes(field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding) return;
    setFailure(null);
    const missing = missingFields(kind, draft);
    setInvalid(missing);
    if (missing.length > 0) return;
    const result = await add(kind, draft);
    if (result.ok) {
      onSaved();
      return;
    }
    if (result.problem.kind === 'fields') setInvalid(invalidFields(result.problem.fields));
    else setFailure(result.problem.kind === 'unavailable' ? 'unavailable' : 'refused');
  };

  const members = membersFor(editor);
  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      <FormFieldTextarea
        name="text"
        label={t(`newItem.${kind}.textLabel`)}
        description={t(`newItem.${kind}.textDescription`)}
        value={draft.text}
        rows={4}
        invalid={isInvalid('text')}
        errorMessage={t(`newItem.${kind}.textError`)}
        inputRef={textRef}
        onChange={(event) => set('text', inputValue(event))}
      />
      {kind === 'AGREEMENT' &&
        (mayAssignToOthers(editor) ? (
          <AssigneeField
            editor={editor}
            value={draft.assignee}
            invalid={isInvalid('assignee')}
            selectRef={assigneeRef}
            onChange={(value) => set('assignee', value)}
          />
        ) : (
          <Paragraph>
            {t('fields.assignee.yourself', { organisation: editor.involvement.organisationName })}
          </Paragraph>
        ))}
      {kind !== 'LOG_ENTRY' && (
        <FormFieldTextInput
          name="dueOn"
          type="date"
          label={t(`newItem.${kind}.dueOnLabel`)}
          value={draft.dueOn}
          invalid={isInvalid('dueOn')}
          errorMessage={t('fields.dueOn.error')}
          inputRef={dueOnRef}
          onChange={(event) => set('dueOn', inputValue(event))}
        />
      )}
      {kind === 'LOG_ENTRY' && (
        <FormFieldTextInput
          name="occurredOn"
          type="date"
          label={t('fields.occurredOn.label')}
          description={t('fields.occurredOn.description')}
          value={draft.occurredOn}
          max={dutchToday()}
          invalid={isInvalid('occurredOn')}
          errorMessage={t('fields.occurredOn.error')}
          inputRef={occurredOnRef}
          onChange={(event) => set('occurredOn', inputValue(event))}
        />
      )}
      {kind === 'AGREEMENT' && (
        <GoalField
          goals={editor.goals}
          value={draft.goalId}
          invalid={isInvalid('goalId')}
          selectRef={goalRef}
          onChange={(value) => set('goalId', value)}
        />
      )}
      <MembersField
        legend={t(`newItem.${kind}.aboutLegend`)}
        members={members}
        value={draft.aboutMemberIds}
        invalid={isInvalid('aboutMemberIds')}
        errorMessage={t('fields.about.error')}
        firstInputRef={aboutRef}
        onChange={(value) => set('aboutMemberIds', value)}
      />
      {categories.length > 1 && (
        <CategoryField
          categories={categories}
          value={draft.category}
          invalid={isInvalid('category')}
          selectRef={categoryRef}
          onChange={(value) => set('category', value)}
        />
      )}
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={adding}>
          {adding ? t('actions.saving') : t(`newItem.${kind}.submit`)}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
