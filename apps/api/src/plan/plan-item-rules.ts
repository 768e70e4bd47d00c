import { FieldProblem, InformationCategory, PlanItemKind } from '@gezinsplan/domain';
import { PlanItemContent } from './plan-item-content';
import { PartyInput, PlanItemContentInput } from './plan-item.input';

/** The shape of an item before it is stored: what a kind requires is checked here, with named fields. */
export interface ItemDraft {
  kind: PlanItemKind;
  category: InformationCategory;
  aboutMemberIds: string[];
  assignee: PartyInput | null;
  status: string | null;
  dueOn: string | null;
  content: PlanItemContent;
}

const STATUSES: Partial<Record<PlanItemKind, { values: string[]; initial: string }>> = {
  GOAL: { values: ['OPEN', 'ACHIEVED', 'STOPPED'], initial: 'OPEN' },
  AGREEMENT: { values: ['OPEN', 'DONE', 'NOT_KEPT'], initial: 'OPEN' },
  SAFETY_AGREEMENT: { values: ['OPEN', 'DONE', 'NOT_KEPT'], initial: 'OPEN' },
  EVALUATION: { values: ['PLANNED', 'HELD'], initial: 'PLANNED' },
};

const SAFETY_KINDS: PlanItemKind[] = ['SAFETY_PLAN', 'SAFETY_CONDITION', 'SAFETY_AGREEMENT', 'ROSTER_ENTRY'];
const ASSIGNABLE: PlanItemKind[] = ['AGREEMENT', 'SAFETY_AGREEMENT', 'ROSTER_ENTRY'];

const EVALUATION_ONLY = ['invitedInvolvementIds', 'invitedMemberIds', 'goalOutcomes', 'familyView', 'nextEvaluationOn'] as const;

const CONTENT_KEYS = [
  'text', 'lifeDomain', 'aspect', 'goalId', 'statusReason', 'outcome', 'changes', 'planB', 'contactName',
  'contactPhone', 'startsOn', 'endsOn', 'safetyForChild', 'safetyForParents', 'safetyForProfessionals',
  'weekday', 'cancelContact', 'recordedWith', 'occurredOn', 'invitedInvolvementIds', 'invitedMemberIds', 'goalOutcomes', 'familyView',
  'nextEvaluationOn',
] as const satisfies readonly (keyof PlanItemContent)[];

/**
 * Applies input over an existing draft (or an empty one): an absent field keeps
 * its value, a field given as null is cleared (an emptied field in a form), so
 * that what a kind requires is then reported as missing.
 */
export function mergeDraft(base: ItemDraft, input: PlanItemContentInput & { aboutMemberIds?: string[] | null }): ItemDraft {
  const content: PlanItemContent = { ...base.content };
  const target = content as unknown as Record<string, unknown>;
  for (const key of CONTENT_KEYS) {
    if (input[key] === null) delete target[key];
    else if (input[key] !== undefined) target[key] = input[key];
  }
  // Each invitee once: a repeated id would be stored, notified and listed again.
  if (content.invitedInvolvementIds) content.invitedInvolvementIds = [...new Set(content.invitedInvolvementIds)];
  if (content.invitedMemberIds) content.invitedMemberIds = [...new Set(content.invitedMemberIds)];
  return {
    ...base,
    // Each member once: a repeated id would be stored and counted as given.
    aboutMemberIds: [...new Set(input.aboutMemberIds ?? base.aboutMemberIds)],
    assignee: input.assignee === null ? null : (input.assignee ?? base.assignee),
    // A status is never cleared: null keeps it, as an item of a kind with a status always has one.
    status: input.status ?? base.status ?? STATUSES[base.kind]?.initial ?? null,
    dueOn: input.dueOn === null ? null : (input.dueOn ?? base.dueOn),
    content,
  };
}

/** Everything wrong with a draft, each naming its field. */
export function checkDraft(draft: ItemDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: string, present: unknown, message = 'is required for this kind of item') => {
    if (present === undefined || present === null || present === '') problems.push({ field, message });
  };
  const { kind, content } = draft;
  need('text', content.text?.trim());
  if (SAFETY_KINDS.includes(kind) && draft.category !== 'SAFETY') {
    problems.push({ field: 'category', message: 'must be SAFETY for parts of the safety plan' });
  }
  if (draft.assignee && !ASSIGNABLE.includes(kind)) {
    problems.push({ field: 'assignee', message: 'only agreements, safety agreements and roster entries have one' });
  }
  const statuses = STATUSES[kind];
  if (statuses && draft.status !== null && !statuses.values.includes(draft.status)) {
    problems.push({ field: 'status', message: `must be one of ${statuses.values.join(', ')}` });
  }
  if (!statuses && draft.status !== null) problems.push({ field: 'status', message: 'this kind of item has no status' });
  if (kind !== 'EVALUATION') {
    for (const field of EVALUATION_ONLY) {
      if (content[field] !== undefined) problems.push({ field, message: 'only evaluations have this' });
    }
  }
  switch (kind) {
    case 'SITUATION':
      need('lifeDomain', content.lifeDomain);
      need('aspect', content.aspect);
      break;
    case 'GOAL':
      if (draft.aboutMemberIds.length === 0) problems.push({ field: 'aboutMemberIds', message: 'name whom the goal is about' });
      break;
    case 'AGREEMENT':
      need('assignee', draft.assignee, 'say who does it');
      need('dueOn', draft.dueOn, 'say by when');
      if (draft.status === 'NOT_KEPT') need('statusReason', content.statusReason?.trim(), 'give the reason it was not kept');
      break;
    case 'CHILD_VOICE':
      if (draft.aboutMemberIds.length !== 1) problems.push({ field: 'aboutMemberIds', message: 'name the one child who speaks' });
      break;
    case 'EVALUATION':
      need('dueOn', draft.dueOn, 'give the planned date');
      if (draft.status === 'HELD') need('outcome', content.outcome?.trim(), 'give the outcome of the evaluation');
      if (content.nextEvaluationOn && draft.dueOn && content.nextEvaluationOn <= draft.dueOn) {
        problems.push({ field: 'nextEvaluationOn', message: 'must be after the date of this evaluation' });
      }
      if (new Set((content.goalOutcomes ?? []).map((o) => o.goalId)).size !== (content.goalOutcomes ?? []).length) {
        problems.push({ field: 'goalOutcomes', message: 'give one outcome per goal' });
      }
      break;
    case 'SAFETY_PLAN':
      need('contactName', content.contactName?.trim(), 'name the contact person');
      need('planB', content.planB?.trim(), 'describe plan B');
      need('dueOn', draft.dueOn, 'give the evaluation date');
      break;
    case 'ROSTER_ENTRY':
      need('assignee', draft.assignee, 'say who does it');
      if (content.weekday === undefined && draft.dueOn === null) {
        problems.push({ field: 'weekday', message: 'give a weekday or a date (dueOn)' });
      }
      break;
    default:
      break;
  }
  return problems;
}

export function emptyDraft(kind: PlanItemKind, category: InformationCategory, aboutMemberIds: string[]): ItemDraft {
  return { kind, category, aboutMemberIds, assignee: null, status: null, dueOn: null, content: { text: '' } };
}
