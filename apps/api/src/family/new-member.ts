import { returning } from '../database/typed-sql';
import { FamilyMemberInput } from './family.input';

export const NEW_MEMBER_ID = returning('family_member', ['id']);

/** A new family member, as a regisseur enters them: the one insert for a plan started by hand, from a match, or a member added later. */
export const NEW_MEMBER = `INSERT INTO family_member (family_id, given_name, family_name, role, date_of_birth, has_parental_authority, lives_at_home, bsn)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${NEW_MEMBER_ID.sql}`;

/** A new member's values after the family id, as `NEW_MEMBER` takes them. */
export function newMemberValues(m: FamilyMemberInput): unknown[] {
  return [m.givenName.trim(), m.familyName.trim(), m.role, m.dateOfBirth, m.hasParentalAuthority, m.livesAtHome, m.bsn ?? null];
}
