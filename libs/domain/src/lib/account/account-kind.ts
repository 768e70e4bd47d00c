/**
 * What kind of person an account belongs to. Access to case content never
 * follows from the kind alone: a professional reads a family's plan only
 * through an involvement, a family or network member only through their own family.
 */
export const AccountKind = {
  Professional: 'PROFESSIONAL',
  FamilyMember: 'FAMILY_MEMBER',
  NetworkMember: 'NETWORK_MEMBER',
  OrganisationAdmin: 'ORGANISATION_ADMIN',
  PlatformAdmin: 'PLATFORM_ADMIN',
} as const;

export type AccountKind = (typeof AccountKind)[keyof typeof AccountKind];

export const ACCOUNT_KINDS: readonly AccountKind[] = Object.values(AccountKind);

export function isAccountKind(value: unknown): value is AccountKind {
  return typeof value === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(value);
}
