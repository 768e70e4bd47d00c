import { InformationCategory } from '@gezinsplan/domain';
import { InviteInvolvementInput } from '../../../graphql/generated/graphql';

export interface InviteDraft {
  organisationId: string;
  /** The chosen professional, by the address the API invites them by. */
  professionalEmail: string;
  task: string;
  categories: InformationCategory[];
  memberIds: string[];
  startsOn: string;
  endsOn: string;
}

export type InviteField = keyof InviteDraft;

/** In form order: the first field with a problem gets the focus. */
export const INVITE_FIELDS: readonly InviteField[] = [
  'organisationId',
  'professionalEmail',
  'task',
  'categories',
  'memberIds',
  'startsOn',
  'endsOn',
];

/** Why a field cannot be sent as it is; each has its own message next to the field. */
export type InviteReason = 'empty' | 'tooShort' | 'tooLong' | 'invalid' | 'beforeStart' | 'alreadyInvolved';

export type InviteProblems = Partial<Record<InviteField, InviteReason>>;

/** The API's limits on a task. */
export const TASK_LENGTH = { minimum: 3, maximum: 500 } as const;

export const EMPTY_INVITE: InviteDraft = {
  organisationId: '',
  professionalEmail: '',
  task: '',
  categories: [],
  memberIds: [],
  startsOn: '',
  endsOn: '',
};

/** The checks the API makes, before the regisseur waits for it. `today` is the Dutch calendar day. */
export function checkInviteDraft(draft: InviteDraft, today: string): InviteProblems {
  const problems: InviteProblems = {};
  if (!draft.organisationId) problems.organisationId = 'empty';
  if (!draft.professionalEmail) problems.professionalEmail = 'empty';
  const task = draft.task.trim();
  if (task === '') problems.task = 'empty';
  else if (task.length < TASK_LENGTH.minimum) problems.task = 'tooShort';
  else if (task.length > TASK_LENGTH.maximum) problems.task = 'tooLong';
  if (draft.categories.length === 0) problems.categories = 'empty';
  if (draft.memberIds.length === 0) problems.memberIds = 'empty';
  if (draft.endsOn && draft.endsOn < (draft.startsOn || today)) problems.endsOn = 'beforeStart';
  return problems;
}

export function inviteInputOf(familyId: string, draft: InviteDraft): InviteInvolvementInput {
  return {
    familyId,
    professionalEmail: draft.professionalEmail,
    task: draft.task.trim(),
    categories: draft.categories,
    memberIds: draft.memberIds,
    ...(draft.startsOn ? { startsOn: draft.startsOn } : {}),
    ...(draft.endsOn ? { endsOn: draft.endsOn } : {}),
  };
}

/** Someone with an active involvement cannot be invited a second time. */
export function isActivelyInvolved(
  email: string,
  involvements: readonly { email: string; endedAt?: string | null }[],
): boolean {
  const address = email.toLowerCase();
  return involvements.some((involvement) => !involvement.endedAt && involvement.email.toLowerCase() === address);
}
