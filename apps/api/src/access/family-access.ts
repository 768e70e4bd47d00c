import { FamilyFacts, ReadGrant, Relation } from '@gezinsplan/access-policy';
import { Viewer } from '../auth/viewer';

/**
 * Marks a `FamilyAccess` as decided by the access module. The symbol is not
 * exported: outside this folder a `FamilyAccess` can only be obtained from
 * `FamilyAccessService`, never built from a bare family id (the lint rules in
 * apps/api/eslint.config.mjs forbid `as FamilyAccess` and `grantedAccess` elsewhere).
 */
const decided: unique symbol = Symbol('decided by FamilyAccessService');

/**
 * What one person may do in one family, decided once per request. Every
 * reader of case data (members, network, involvements, plan) takes one.
 */
export interface FamilyAccess {
  readonly [decided]: true;
  /** Who asked: the request this decision belongs to. */
  readonly viewer: Viewer;
  readonly familyId: string;
  readonly relation: Relation;
  readonly facts: FamilyFacts;
  readonly grant: ReadGrant;
  /** The organisation type behind a professional's involvement: some writes depend on it. */
  readonly organisationType: string | null;
}

/** For the access module only (see the lint rule): the one way to make a FamilyAccess. */
export function grantedAccess(decision: Omit<FamilyAccess, typeof decided>): FamilyAccess {
  return { ...decision, [decided]: true };
}

export function isRegisseur(access: FamilyAccess): boolean {
  return access.relation.type === 'PROFESSIONAL' && access.relation.involvement.isRegisseur;
}

export function involvementIdOf(access: FamilyAccess): string | null {
  return access.relation.type === 'PROFESSIONAL' ? access.relation.involvement.id : null;
}
