import { FamilyFacts, ReadGrant, Relation } from '@gezinsplan/access-policy';

/** What one person may do in one family, decided once per request. */
export interface FamilyAccess {
  familyId: string;
  relation: Relation;
  facts: FamilyFacts;
  grant: ReadGrant;
  /** The organisation type behind a professional's involvement: some writes depend on it. */
  organisationType: string | null;
}

export function isRegisseur(access: FamilyAccess): boolean {
  return access.relation.type === 'PROFESSIONAL' && access.relation.involvement.isRegisseur;
}

export function involvementIdOf(access: FamilyAccess): string | null {
  return access.relation.type === 'PROFESSIONAL' ? access.relation.involvement.id : null;
}
