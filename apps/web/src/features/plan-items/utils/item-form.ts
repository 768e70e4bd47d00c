import { InformationCategory, LifeDomain } from '@gezinsplan/domain';
import { z } from 'zod';
import { AddPlanItemInput, PlanItemKind, UpdatePlanItemInput } from '../../../graphql/generated/graphql';
import { optionalChoice, optionalDay, optionalText, reason, requiredChoice, requiredDay, requiredText, someOf } from '../../../shared/forms';
import { partyFromKey, partyKey } from './party-key';

/** The kinds of item professionals add and change from the plan page: everything but the family's responses. */
export const EDITABLE_KINDS = [
  'SITUATION',
  'CHILD_VOICE',
  'GOAL',
  'AGREEMENT',
  'EVALUATION',
  'SAFETY_PLAN',
  'SAFETY_CONDITION',
  'SAFETY_AGREEMENT',
  'ROSTER_ENTRY',
  'LOG_ENTRY',
] as const satisfies readonly PlanItemKind[];

export type ItemKind = (typeof EDITABLE_KINDS)[number];

/** A situation entry is a strength or a concern. */
export const SituationAspect = { STRENGTH: 'STRENGTH', CONCERN: 'CONCERN' } as const;
/** A roster line's weekday, 1 (Monday) to 7, as a select holds it. */
export const Weekday = { MONDAY: '1', TUESDAY: '2', WEDNESDAY: '3', THURSDAY: '4', FRIDAY: '5', SATURDAY: '6', SUNDAY: '7' } as const;
const SHORT = 500;

/** Every field any kind has; a kind's form shows its own (`KIND_FIELDS`). Values as typed. */
const fields = z.object({
  text: requiredText(),
  category: z.string().min(1, reason('choose')),
  aboutMemberIds: z.array(z.string()),
  /** Evaluations: the professionals invited (involvement ids), chosen by name. */
  invitedInvolvementIds: z.array(z.string()),
  /** Evaluations: the family members invited, beside whom it is about (they see when it is, not what it says). */
  invitedMemberIds: z.array(z.string()),
  /** Agreements, safety agreements and roster lines: who does it, as `TYPE:id` (see `partyKey`). */
  assignee: z.string(),
  /** Agreements: by when; goals: target date; evaluations: planned date; safety plan: evaluation date; roster: one date. */
  dueOn: optionalDay(),
  occurredOn: optionalDay(),
  goalId: optionalText(),
  lifeDomain: optionalChoice(LifeDomain),
  aspect: optionalChoice(SituationAspect),
  /** The child's voice: the one child who speaks. */
  childId: z.string(),
  recordedWith: optionalText(SHORT),
  contactName: optionalText(SHORT),
  contactPhone: optionalText(50),
  planB: optionalText(),
  startsOn: optionalDay(),
  endsOn: optionalDay(),
  safetyForChild: optionalText(),
  safetyForParents: optionalText(),
  safetyForProfessionals: optionalText(),
  weekday: optionalChoice(Weekday),
  cancelContact: optionalText(SHORT),
});

export type ItemFormValues = z.input<typeof fields>;
export type CheckedItem = z.output<typeof fields>;
export type ItemField = keyof ItemFormValues;
type ItemSchema = z.ZodType<CheckedItem, ItemFormValues>;

const chosen = z.string().min(1, reason('choose'));

/** What each kind cannot do without, as the API's rules say (plan-item-rules). */
const KIND_RULES: Record<ItemKind, ItemSchema> = {
  SITUATION: fields.extend({ lifeDomain: requiredChoice(LifeDomain), aspect: requiredChoice(SituationAspect) }),
  CHILD_VOICE: fields.extend({ childId: chosen, recordedWith: requiredText(SHORT) }),
  GOAL: fields.extend({ aboutMemberIds: someOf() }),
  AGREEMENT: fields.extend({ assignee: chosen, dueOn: requiredDay() }),
  EVALUATION: fields.extend({ dueOn: requiredDay() }),
  SAFETY_PLAN: fields.extend({ contactName: requiredText(SHORT), planB: requiredText(), dueOn: requiredDay() }),
  SAFETY_CONDITION: fields,
  SAFETY_AGREEMENT: fields,
  ROSTER_ENTRY: fields.extend({ assignee: chosen }).refine(
    (values) => Boolean(values.weekday) || Boolean(values.dueOn),
    // Checked even while other fields are still wrong, so every problem shows at once.
    { path: ['weekday'], message: 'choose', when: () => true },
  ),
  LOG_ENTRY: fields,
};

/** The form of one kind of item: every field, and what that kind requires. */
export function itemSchema(kind: ItemKind): ItemSchema {
  return KIND_RULES[kind];
}

/**
 * The form of one kind of item for someone who must name whom it is about: a
 * partner whose task does not concern the whole family (the API refuses them
 * an item about nobody in particular, `decideAboutWholeFamily`).
 */
export function itemSchemaNamingMembers(kind: ItemKind, mustName: boolean): ItemSchema {
  const schema = itemSchema(kind);
  if (!mustName || !asksAbout(kind)) return schema;
  return schema.refine((values) => values.aboutMemberIds.length > 0, { path: ['aboutMemberIds'], message: 'choose', when: () => true });
}

/** The fields each kind's form shows, in this order (besides whom it is about and the category). */
export const KIND_FIELDS: Record<ItemKind, readonly ItemField[]> = {
  SITUATION: ['aspect', 'lifeDomain', 'text'],
  CHILD_VOICE: ['childId', 'text', 'recordedWith'],
  GOAL: ['text', 'dueOn'],
  AGREEMENT: ['text', 'assignee', 'dueOn', 'goalId'],
  EVALUATION: ['dueOn', 'text', 'invitedMemberIds', 'invitedInvolvementIds'],
  SAFETY_PLAN: [
    'text',
    'safetyForChild',
    'safetyForParents',
    'safetyForProfessionals',
    'contactName',
    'contactPhone',
    'planB',
    'startsOn',
    'endsOn',
    'dueOn',
  ],
  SAFETY_CONDITION: ['text'],
  SAFETY_AGREEMENT: ['text', 'assignee', 'dueOn'],
  ROSTER_ENTRY: ['assignee', 'text', 'weekday', 'dueOn', 'cancelContact'],
  LOG_ENTRY: ['text', 'occurredOn'],
};

/** Kinds whose form asks whom the item is about (the child's voice asks for the one child instead). */
export function asksAbout(kind: ItemKind): boolean {
  return kind !== 'CHILD_VOICE' && kind !== 'SAFETY_PLAN';
}

export function shows(kind: ItemKind, field: ItemField): boolean {
  return KIND_FIELDS[kind].includes(field);
}

export function emptyItem(category: InformationCategory | undefined, assignee = ''): ItemFormValues {
  return {
    text: '',
    category: category ?? '',
    aboutMemberIds: [],
    invitedInvolvementIds: [],
    invitedMemberIds: [],
    assignee,
    dueOn: '',
    occurredOn: '',
    goalId: '',
    lifeDomain: '',
    aspect: '',
    childId: '',
    recordedWith: '',
    contactName: '',
    contactPhone: '',
    planB: '',
    startsOn: '',
    endsOn: '',
    safetyForChild: '',
    safetyForParents: '',
    safetyForProfessionals: '',
    weekday: '',
    cancelContact: '',
  };
}

/** The fields of an item already in the plan, as its form starts with them. */
export interface ItemOnScreen {
  kind: PlanItemKind;
  category: string;
  aboutMemberIds: readonly string[];
  invitedInvolvementIds?: readonly string[];
  invitedMemberIds?: readonly string[];
  assignee?: { type: string; id: string } | null;
  text?: string | null;
  dueOn?: string | null;
  occurredOn?: string | null;
  goalId?: string | null;
  lifeDomain?: string | null;
  aspect?: string | null;
  recordedWith?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  planB?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  safetyForChild?: string | null;
  safetyForParents?: string | null;
  safetyForProfessionals?: string | null;
  weekday?: number | null;
  cancelContact?: string | null;
}

export function itemValuesOf(item: ItemOnScreen): ItemFormValues {
  const text = (value: string | null | undefined) => value ?? '';
  const assignee = item.assignee ? partyFromKey(`${item.assignee.type}:${item.assignee.id}`) : null;
  return {
    ...emptyItem(item.category as InformationCategory),
    text: text(item.text),
    aboutMemberIds: [...item.aboutMemberIds],
    invitedInvolvementIds: [...(item.invitedInvolvementIds ?? [])],
    invitedMemberIds: [...(item.invitedMemberIds ?? [])],
    assignee: assignee ? partyKey(assignee.type, assignee.id) : '',
    dueOn: text(item.dueOn),
    occurredOn: text(item.occurredOn),
    goalId: text(item.goalId),
    lifeDomain: text(item.lifeDomain),
    aspect: text(item.aspect),
    childId: item.kind === 'CHILD_VOICE' ? (item.aboutMemberIds[0] ?? '') : '',
    recordedWith: text(item.recordedWith),
    contactName: text(item.contactName),
    contactPhone: text(item.contactPhone),
    planB: text(item.planB),
    startsOn: text(item.startsOn),
    endsOn: text(item.endsOn),
    safetyForChild: text(item.safetyForChild),
    safetyForParents: text(item.safetyForParents),
    safetyForProfessionals: text(item.safetyForProfessionals),
    weekday: item.weekday ? String(item.weekday) : '',
    cancelContact: text(item.cancelContact),
  };
}

/**
 * What a kind sends besides its text and category: only the fields its form
 * shows. An empty field is sent as `emptied`: left out for a new item, null
 * for a change (the API then clears it; left out, it would keep its value).
 */
function contentOf(kind: ItemKind, item: CheckedItem, emptied: null | undefined) {
  const pick = <F extends ItemField>(field: F): CheckedItem[F] | null | undefined =>
    shows(kind, field) ? (item[field] ?? emptied) : undefined;
  const assignee = pick('assignee');
  const weekday = pick('weekday');
  return {
    aboutMemberIds: kind === 'CHILD_VOICE' ? [item.childId] : asksAbout(kind) ? item.aboutMemberIds : [],
    assignee: assignee ? (partyFromKey(assignee) ?? undefined) : shows(kind, 'assignee') ? emptied : undefined,
    invitedInvolvementIds: pick('invitedInvolvementIds'),
    invitedMemberIds: pick('invitedMemberIds'),
    dueOn: pick('dueOn'),
    occurredOn: pick('occurredOn'),
    goalId: pick('goalId'),
    lifeDomain: pick('lifeDomain'),
    aspect: pick('aspect'),
    recordedWith: pick('recordedWith'),
    contactName: pick('contactName'),
    contactPhone: pick('contactPhone'),
    planB: pick('planB'),
    startsOn: pick('startsOn'),
    endsOn: pick('endsOn'),
    safetyForChild: pick('safetyForChild'),
    safetyForParents: pick('safetyForParents'),
    safetyForProfessionals: pick('safetyForProfessionals'),
    weekday: weekday ? Number(weekday) : weekday,
    cancelContact: pick('cancelContact'),
  };
}

/** The API's input for a new, checked item; fields of other kinds and empty ones are left out. */
export function addInputOf(kind: ItemKind, familyId: string, item: CheckedItem): AddPlanItemInput {
  return { familyId, kind, category: item.category as InformationCategory, text: item.text, ...contentOf(kind, item, undefined) };
}

/** The API's input for a change: every field of the kind, emptied ones as null, from the version the person started with. */
export function updateInputOf(kind: ItemKind, id: string, expectedVersion: number, item: CheckedItem): UpdatePlanItemInput {
  return { id, expectedVersion, text: item.text, ...contentOf(kind, item, null) };
}
