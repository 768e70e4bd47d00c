import { FieldProblem, isValidBsn } from '@gezinsplan/domain';
import { CreateFamilyInput, InformationCategory, PersonToPlaceInput } from '../../../graphql/generated/graphql';
import { FieldErrors } from '../../../shared/components/form-problem';
import { checkMemberDetails, MEMBER_FIELDS, MemberDetails, MemberField, memberInputOf } from './member-details';
import { checkNetworkDetails, NETWORK_FIELDS, NetworkDetails, NetworkField, networkInputOf } from './network-details';

/** A person in a list the form can grow and shrink: the key stays while the list changes, for React and for focus. */
export type Keyed<T> = T & { key: string };

/**
 * A member of the new family: their details, the BSN where the starter knows it
 * (it never goes into an address), and whether the starter confirmed that a
 * namesake in another plan is someone else.
 */
export type NewPlanMember = Keyed<MemberDetails> & { bsn: string; differentPersonConfirmed: boolean };

export interface NewPlanDraft {
  name: string;
  members: NewPlanMember[];
  network: Keyed<NetworkDetails>[];
  regisseurTask: string;
  regisseurCategories: InformationCategory[];
}

/** The form's own fields, in its order: the first with a problem gets the focus. */
export const NEW_PLAN_FIELDS = ['name', 'members', 'network', 'regisseurTask', 'regisseurCategories'] as const;

export type NewPlanField = (typeof NEW_PLAN_FIELDS)[number];

export interface NewPlanProblems {
  fields: FieldErrors<NewPlanField>;
  /** Per person, by key: which of their fields. */
  members: Record<string, FieldErrors<MemberField>>;
  network: Record<string, FieldErrors<NetworkField>>;
  /** Per member, by key: a BSN that is not nine digits passing the eleven-test. */
  bsn: Record<string, 'invalid'>;
}

export const NO_NEW_PLAN_PROBLEMS: NewPlanProblems = { fields: {}, members: {}, network: {}, bsn: {} };

/** The BSN as it is sent: digits only (spaces and dots as people write it go), or nothing when left empty. */
export function bsnOf(member: Pick<NewPlanMember, 'bsn'>): string | undefined {
  const digits = member.bsn.replace(/[\s.]/g, '');
  return digits === '' ? undefined : digits;
}

/** What the API accepts. */
const LIMITS = { name: 200, regisseurTask: 500 } as const;
const MINIMUM_TASK_LENGTH = 3;

export function hasProblems(problems: NewPlanProblems): boolean {
  return Object.keys(problems.fields).length > 0;
}

export function checkNewPlan(draft: NewPlanDraft, today: string): NewPlanProblems {
  const fields: FieldErrors<NewPlanField> = {};
  const name = draft.name.trim();
  if (name === '') fields.name = 'empty';
  else if (name.length > LIMITS.name) fields.name = 'tooLong';
  const members = Object.fromEntries(
    draft.members.map((member) => [member.key, checkMemberDetails(member, today)]).filter(([, errors]) => Object.keys(errors).length > 0),
  );
  const bsn: Record<string, 'invalid'> = {};
  for (const member of draft.members) {
    const given = bsnOf(member);
    if (given !== undefined && !isValidBsn(given)) bsn[member.key] = 'invalid';
  }
  if (draft.members.length === 0) fields.members = 'empty';
  else if (Object.keys(members).length > 0 || Object.keys(bsn).length > 0) fields.members = 'invalid';
  const network = Object.fromEntries(
    draft.network.map((person) => [person.key, checkNetworkDetails(person)]).filter(([, errors]) => Object.keys(errors).length > 0),
  );
  if (Object.keys(network).length > 0) fields.network = 'invalid';
  const task = draft.regisseurTask.trim();
  if (task === '') fields.regisseurTask = 'empty';
  else if (task.length < MINIMUM_TASK_LENGTH) fields.regisseurTask = 'invalid';
  else if (task.length > LIMITS.regisseurTask) fields.regisseurTask = 'tooLong';
  if (draft.regisseurCategories.length === 0) fields.regisseurCategories = 'empty';
  return { fields, members, network, bsn };
}

/**
 * The API names a person's field by its place in the list, as
 * `members.<index>.<field>`; the form marks it on that person.
 */
export function newPlanProblemsFromApi(problems: readonly FieldProblem[], draft: NewPlanDraft): NewPlanProblems {
  const result: NewPlanProblems = { fields: {}, members: {}, network: {}, bsn: {} };
  for (const { field } of problems) {
    const [list, index, name] = field.replace(/^input\./, '').split('.');
    if (index === undefined) {
      if ((NEW_PLAN_FIELDS as readonly string[]).includes(list)) result.fields[list as NewPlanField] = 'invalid';
      continue;
    }
    const member = list === 'members' ? draft.members[Number(index)] : undefined;
    if (member && name === 'bsn') {
      result.bsn[member.key] = 'invalid';
      result.fields.members = 'invalid';
    }
    if (member && (MEMBER_FIELDS as readonly string[]).includes(name)) {
      result.members[member.key] = { ...result.members[member.key], [name]: 'invalid' };
      result.fields.members = 'invalid';
    }
    const person = list === 'network' ? draft.network[Number(index)] : undefined;
    if (person && (NETWORK_FIELDS as readonly string[]).includes(name)) {
      result.network[person.key] = { ...result.network[person.key], [name]: 'invalid' };
      result.fields.network = 'invalid';
    }
  }
  return result;
}

export function createFamilyInputOf(draft: NewPlanDraft): CreateFamilyInput {
  return {
    name: draft.name.trim(),
    members: draft.members.map((member) => ({
      ...memberInputOf(member),
      bsn: bsnOf(member),
      differentPersonConfirmed: member.differentPersonConfirmed,
    })),
    network: draft.network.map(networkInputOf),
    regisseurTask: draft.regisseurTask.trim(),
    regisseurCategories: draft.regisseurCategories,
  };
}

/** The members as `peopleInActivePlans` takes them, in the form's order. */
export function peopleToCheckOf(draft: NewPlanDraft): PersonToPlaceInput[] {
  return draft.members.map((member) => ({
    givenName: member.givenName.trim(),
    familyName: member.familyName.trim(),
    dateOfBirth: member.dateOfBirth,
    bsn: bsnOf(member),
  }));
}
