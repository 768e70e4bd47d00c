import { StartPlanFromMatchInput } from '../../../graphql/generated/graphql';

export type HouseholdRole = 'PARENT' | 'OTHER_HOUSEHOLD_MEMBER';

/** A parent or other household member, added by hand: signals only name the young people. */
export interface HouseholdMemberDraft {
  /** Stable while the list changes, for React and for focus. */
  key: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  role: HouseholdRole;
  hasParentalAuthority: boolean;
  livesAtHome: boolean;
}

export interface PlanDraft {
  subjectIds: string[];
  familyName: string;
  members: HouseholdMemberDraft[];
  regisseurSignalId: string;
  regisseurConfirmed: boolean;
}

/** In form order: the first with a problem gets the focus. */
export const PLAN_FIELDS = ['subjectIds', 'familyName', 'otherMembers', 'regisseurSignalId', 'regisseurConfirmed'] as const;

export type PlanField = (typeof PLAN_FIELDS)[number];

export const MEMBER_FIELDS = ['givenName', 'familyName', 'dateOfBirth'] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

export interface PlanProblems {
  fields: PlanField[];
  /** Per household member (by key): which of their fields. */
  members: Record<string, MemberField[]>;
}

export const NO_PLAN_PROBLEMS: PlanProblems = { fields: [], members: {} };

export function newHouseholdMember(key: string, familyName: string): HouseholdMemberDraft {
  return { key, givenName: '', familyName, dateOfBirth: '', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true };
}

export function planDraftProblems(draft: PlanDraft, today: string): PlanProblems {
  const members: Record<string, MemberField[]> = {};
  for (const member of draft.members) {
    const missing = MEMBER_FIELDS.filter((field) =>
      field === 'dateOfBirth' ? !member.dateOfBirth || member.dateOfBirth > today : !member[field].trim(),
    );
    if (missing.length > 0) members[member.key] = missing;
  }
  const fields = new Set<PlanField>();
  if (draft.subjectIds.length === 0) fields.add('subjectIds');
  if (!draft.familyName.trim()) fields.add('familyName');
  if (Object.keys(members).length > 0) fields.add('otherMembers');
  if (!draft.regisseurSignalId) fields.add('regisseurSignalId');
  if (!draft.regisseurConfirmed) fields.add('regisseurConfirmed');
  return { fields: PLAN_FIELDS.filter((field) => fields.has(field)), members };
}

/**
 * The API names a household member's field as `otherMembers.<index>.<field>`;
 * the form marks it on that person.
 */
export function planProblemsFromApi(fieldNames: readonly string[], draft: PlanDraft): PlanProblems {
  const members: Record<string, MemberField[]> = {};
  for (const name of fieldNames) {
    const [list, index, field] = name.split('.');
    const member = list === 'otherMembers' ? draft.members[Number(index)] : undefined;
    if (member && (MEMBER_FIELDS as readonly string[]).includes(field)) {
      members[member.key] = [...(members[member.key] ?? []), field as MemberField];
    }
  }
  const top = fieldNames.map((name) => name.split('.')[0]);
  return { fields: PLAN_FIELDS.filter((field) => top.includes(field)), members };
}

export function startPlanInputOf(draft: PlanDraft): StartPlanFromMatchInput {
  return {
    subjectIds: draft.subjectIds,
    familyName: draft.familyName.trim(),
    otherMembers: draft.members.map((member) => ({
      givenName: member.givenName.trim(),
      familyName: member.familyName.trim(),
      dateOfBirth: member.dateOfBirth,
      role: member.role,
      hasParentalAuthority: member.hasParentalAuthority,
      livesAtHome: member.livesAtHome,
    })),
    regisseurSignalId: draft.regisseurSignalId,
    regisseurConfirmed: draft.regisseurConfirmed,
  };
}
