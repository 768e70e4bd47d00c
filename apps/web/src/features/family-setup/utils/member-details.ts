import { FamilyMemberFieldsFragment, FamilyMemberInput, FamilyRole } from '../../../graphql/generated/graphql';
import { FieldErrors } from '../../../shared/components/form-problem';

/** The fields a person can get wrong, in form order; the API names the same ones. */
export const MEMBER_FIELDS = ['givenName', 'familyName', 'dateOfBirth'] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

/** One family member as a form holds it. */
export interface MemberDetails {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD, or empty while not filled in. */
  dateOfBirth: string;
  role: FamilyRole;
  /** Only a parent or carer can have it; the form offers it for them alone. */
  hasParentalAuthority: boolean;
  livesAtHome: boolean;
}

/** What the API and the database accept. */
const NAME_LIMIT = 100;
const EARLIEST_DATE_OF_BIRTH = '1900-01-02';

/** Parental authority (gezag) belongs to a parent, or to a guardian (voogd) in the parents' place. */
export function canHoldAuthority(role: FamilyRole): boolean {
  return role === 'PARENT' || role === 'GUARDIAN';
}

export function newMemberDetails(role: FamilyRole, familyName = ''): MemberDetails {
  return { givenName: '', familyName, dateOfBirth: '', role, hasParentalAuthority: role === 'PARENT', livesAtHome: true };
}

export function memberDetailsOf(member: FamilyMemberFieldsFragment): MemberDetails {
  return {
    givenName: member.givenName,
    familyName: member.familyName,
    dateOfBirth: member.dateOfBirth ?? '',
    role: member.role,
    hasParentalAuthority: member.hasParentalAuthority,
    livesAtHome: member.livesAtHome,
  };
}

/** The same checks the API makes, before the person waits for it. `today` is the Dutch calendar day. */
export function checkMemberDetails(member: MemberDetails, today: string): FieldErrors<MemberField> {
  const errors: FieldErrors<MemberField> = {};
  for (const field of ['givenName', 'familyName'] as const) {
    const name = member[field].trim();
    if (name === '') errors[field] = 'empty';
    else if (name.length > NAME_LIMIT) errors[field] = 'tooLong';
  }
  if (member.dateOfBirth === '') errors.dateOfBirth = 'empty';
  else if (member.dateOfBirth > today || member.dateOfBirth < EARLIEST_DATE_OF_BIRTH) errors.dateOfBirth = 'invalid';
  return errors;
}

// Both facts always sent: a correction must state them, and a new member gets them as chosen.
export function memberInputOf(member: MemberDetails): Required<Omit<FamilyMemberInput, 'bsn' | 'differentPersonConfirmed'>> {
  return {
    givenName: member.givenName.trim(),
    familyName: member.familyName.trim(),
    dateOfBirth: member.dateOfBirth,
    role: member.role,
    hasParentalAuthority: canHoldAuthority(member.role) && member.hasParentalAuthority,
    livesAtHome: member.livesAtHome,
  };
}

/** Date of birth, role and parental authority decide who must consent: a change there is worth a look at consent. */
export function changesWhoConsents(before: MemberDetails, after: MemberDetails): boolean {
  const saved = memberInputOf(after);
  return (
    before.dateOfBirth !== saved.dateOfBirth ||
    before.role !== saved.role ||
    before.hasParentalAuthority !== saved.hasParentalAuthority
  );
}

/** Whether the form differs from what it started with, as the API would store it. */
export function sameMemberDetails(a: MemberDetails, b: MemberDetails): boolean {
  return JSON.stringify(memberInputOf(a)) === JSON.stringify(memberInputOf(b));
}
