import { InformationCategory } from '@gezinsplan/domain';
import { AddPlanItemInput, PartyType } from '../../../graphql/generated/graphql';

/** The kinds of item professionals add from the plan page. */
export type NewItemKind = 'GOAL' | 'AGREEMENT' | 'LOG_ENTRY';

/** A new item as its form holds it: strings as typed, empty when not given. */
export interface NewItemDraft {
  text: string;
  category: InformationCategory | '';
  aboutMemberIds: string[];
  /** Agreements: by when; goals: target date. */
  dueOn: string;
  /** Agreements: who does it, as `TYPE:id` (see `partyKey`). */
  assignee: string;
  goalId: string;
  /** Logbook: the day it happened. */
  occurredOn: string;
}

export type NewItemField = keyof NewItemDraft;

/** Every field a form may mark, in the order the forms show them (the first problem gets the focus). */
export const NEW_ITEM_FIELDS: readonly NewItemField[] = [
  'text',
  'assignee',
  'dueOn',
  'occurredOn',
  'goalId',
  'aboutMemberIds',
  'category',
];

export function emptyDraft(category: InformationCategory | undefined): NewItemDraft {
  return { text: '', category: category ?? '', aboutMemberIds: [], dueOn: '', assignee: '', goalId: '', occurredOn: '' };
}

/** What each kind cannot do without, as the API's rules say (plan-item-rules). */
const REQUIRED: Record<NewItemKind, readonly NewItemField[]> = {
  GOAL: ['text', 'aboutMemberIds', 'category'],
  AGREEMENT: ['text', 'assignee', 'dueOn', 'category'],
  LOG_ENTRY: ['text', 'category'],
};

/** The required fields still empty, in form order. */
export function missingFields(kind: NewItemKind, draft: NewItemDraft): NewItemField[] {
  const isEmpty = (field: NewItemField) => {
    const value = draft[field];
    return Array.isArray(value) ? value.length === 0 : value.trim() === '';
  };
  return NEW_ITEM_FIELDS.filter((field) => REQUIRED[kind].includes(field) && isEmpty(field));
}

export function isDirty(draft: NewItemDraft, initial: NewItemDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}

/** `INVOLVEMENT:1234`: a party as one select value. */
export function partyKey(type: PartyType, id: string): string {
  return `${type}:${id}`;
}

const PARTY_TYPES: readonly PartyType[] = ['INVOLVEMENT', 'FAMILY_MEMBER', 'NETWORK_MEMBER'];

export function partyFromKey(key: string): { type: PartyType; id: string } | null {
  const separator = key.indexOf(':');
  const type = key.slice(0, separator) as PartyType;
  const id = key.slice(separator + 1);
  return separator > 0 && PARTY_TYPES.includes(type) && id ? { type, id } : null;
}

/** The API's input for a complete draft; empty optional fields are left out, not sent as empty strings. */
export function addInputOf(kind: NewItemKind, familyId: string, draft: NewItemDraft): AddPlanItemInput {
  if (draft.category === '') throw new Error('A new item needs a category; check missingFields first.');
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    familyId,
    kind,
    category: draft.category,
    text: draft.text.trim(),
    aboutMemberIds: draft.aboutMemberIds,
    dueOn: kind === 'LOG_ENTRY' ? undefined : optional(draft.dueOn),
    assignee: kind === 'AGREEMENT' ? (partyFromKey(draft.assignee) ?? undefined) : undefined,
    goalId: kind === 'AGREEMENT' ? optional(draft.goalId) : undefined,
    occurredOn: kind === 'LOG_ENTRY' ? optional(draft.occurredOn) : undefined,
  };
}
