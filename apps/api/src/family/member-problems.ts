import { AUTHORITY_ROLES, dutchToday, FieldProblem, isValidBsn } from '@gezinsplan/domain';
import { FamilyMemberInput } from './family.input';

/** A BSN that is nine digits but fails the eleven-test is a typo, never a person: said so, in every operation that takes one. */
export function bsnProblem(bsn: string, field: string): FieldProblem | null {
  return isValidBsn(bsn) ? null : { field, message: 'is not a valid BSN (it fails the eleven-test)' };
}

/** The database refuses dates of birth before this one. */
const EARLIEST_DATE_OF_BIRTH = '1900-01-02';

/** What is wrong with a family member as entered, field by field, wherever a member is entered. */
export function checkMember(
  member: Omit<FamilyMemberInput, 'bsn' | 'differentPersonConfirmed'> & { bsn?: string | null },
  field: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (member.hasParentalAuthority && !AUTHORITY_ROLES.includes(member.role)) {
    problems.push({ field: `${field}.hasParentalAuthority`, message: 'only a parent or a guardian has parental authority' });
  }
  if (member.dateOfBirth > dutchToday()) problems.push({ field: `${field}.dateOfBirth`, message: 'lies in the future' });
  if (member.dateOfBirth < EARLIEST_DATE_OF_BIRTH) {
    problems.push({ field: `${field}.dateOfBirth`, message: `lies before ${EARLIEST_DATE_OF_BIRTH}` });
  }
  const bsn = member.bsn ? bsnProblem(member.bsn, `${field}.bsn`) : null;
  if (bsn) problems.push(bsn);
  return problems;
}
