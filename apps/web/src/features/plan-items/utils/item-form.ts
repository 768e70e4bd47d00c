import { InformationCategory } from '@gezinsplan/domain';
import { z } from 'zod';
import { AddPlanItemInput } from '../../../graphql/generated/graphql';
import { optionalDay, optionalText, reason, requiredDay, requiredText, someOf } from '../../../shared/forms';
import { partyFromKey } from './party-key';

/** The kinds of item professionals add from the plan page. */
export type NewItemKind = 'GOAL' | 'AGREEMENT' | 'LOG_ENTRY';

const fields = z.object({
  text: requiredText(),
  /** Agreements: who does it, as `TYPE:id` (see `partyKey`). */
  assignee: z.string(),
  /** Agreements: by when; goals: target date. */
  dueOn: optionalDay(),
  /** Logbook: the day it happened. */
  occurredOn: optionalDay(),
  goalId: optionalText(),
  aboutMemberIds: z.array(z.string()),
  category: z.string().min(1, reason('choose')),
});

/** What each kind cannot do without, as the API's rules say (plan-item-rules). */
const KIND_RULES = {
  GOAL: fields.extend({ aboutMemberIds: someOf() }),
  AGREEMENT: fields.extend({ assignee: z.string().min(1, reason('choose')), dueOn: requiredDay() }),
  LOG_ENTRY: fields,
} satisfies Record<NewItemKind, z.ZodType<z.output<typeof fields>, z.input<typeof fields>>>;

/** The form of one kind of item: every field, and what that kind requires. */
export function itemSchema(kind: NewItemKind): z.ZodType<z.output<typeof fields>, z.input<typeof fields>> {
  return KIND_RULES[kind];
}

export type ItemFormValues = z.input<typeof fields>;
export type CheckedItem = z.output<typeof fields>;

export function emptyItem(category: InformationCategory | undefined, assignee = ''): ItemFormValues {
  return { text: '', category: category ?? '', aboutMemberIds: [], dueOn: '', assignee, goalId: '', occurredOn: '' };
}

/** The API's input for a checked item; fields of other kinds are left out. */
export function addInputOf(kind: NewItemKind, familyId: string, item: CheckedItem): AddPlanItemInput {
  return {
    familyId,
    kind,
    category: item.category as InformationCategory,
    text: item.text,
    aboutMemberIds: item.aboutMemberIds,
    dueOn: kind === 'LOG_ENTRY' ? undefined : item.dueOn,
    assignee: kind === 'AGREEMENT' ? (partyFromKey(item.assignee) ?? undefined) : undefined,
    goalId: kind === 'AGREEMENT' ? item.goalId : undefined,
    occurredOn: kind === 'LOG_ENTRY' ? item.occurredOn : undefined,
  };
}
