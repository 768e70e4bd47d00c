import { FamilyRole } from '@gezinsplan/domain';
import { z } from 'zod';
import { FamilyMemberFieldsFragment } from '../../../graphql/generated/graphql';
import { reason, requiredText } from '../../../shared/forms';

/** What the API and the database accept. */
const NAME_LIMIT = 100;
const EARLIEST_DATE_OF_BIRTH = '1900-01-02';

/** Parental authority (gezag) belongs to a parent, or to a guardian (voogd) in the parents' place. */
export function canHoldAuthority(role: FamilyRole): boolean {
  return role === 'PARENT' || role === 'GUARDIAN';
}

/**
 * The checks the API makes on one family member, before the person waits for
 * it. `today` is the Dutch calendar day. A list of members (a new plan) adds
 * its own fields to these.
 */
export function memberShape(today: string) {
  return {
    givenName: requiredText(NAME_LIMIT),
    familyName: requiredText(NAME_LIMIT),
    /** YYYY-MM-DD, or empty while not filled in. */
    dateOfBirth: z
      .string()
      .min(1, reason('empty'))
      .refine((day) => day >= EARLIEST_DATE_OF_BIRTH && day <= today, reason('invalid')),
    role: z.enum(FamilyRole),
    /** Only a parent or carer can have it; the form offers it for them alone. */
    hasParentalAuthority: z.boolean(),
    livesAtHome: z.boolean(),
  };
}

/** Authority as it is saved: a role that cannot hold it never has it, whatever was ticked before the role changed. */
export function withAuthorityAsHeld<M extends { role: FamilyRole; hasParentalAuthority: boolean }>(member: M): M {
  return { ...member, hasParentalAuthority: canHoldAuthority(member.role) && member.hasParentalAuthority };
}

/** One family member, as the API takes them: both facts always sent, a correction must state them. */
export function memberSchema(today: string) {
  return z.object(memberShape(today)).transform(withAuthorityAsHeld);
}

export type MemberValues = z.input<ReturnType<typeof memberSchema>>;
export type CheckedMember = z.output<ReturnType<typeof memberSchema>>;

export function newMemberValues(role: FamilyRole, familyName = ''): MemberValues {
  return { givenName: '', familyName, dateOfBirth: '', role, hasParentalAuthority: role === 'PARENT', livesAtHome: true };
}

export function memberValuesOf(member: FamilyMemberFieldsFragment): MemberValues {
  return {
    givenName: member.givenName,
    familyName: member.familyName,
    dateOfBirth: member.dateOfBirth ?? '',
    role: member.role,
    hasParentalAuthority: member.hasParentalAuthority,
    livesAtHome: member.livesAtHome,
  };
}

/** Date of birth, role and parental authority decide who must consent: a change there is worth a look at consent. */
export function changesWhoConsents(before: MemberValues, saved: CheckedMember): boolean {
  return (
    before.dateOfBirth !== saved.dateOfBirth ||
    before.role !== saved.role ||
    before.hasParentalAuthority !== saved.hasParentalAuthority
  );
}
