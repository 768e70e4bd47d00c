/** A family member's place in the household (gezinslid). */
export const FamilyRole = {
  Parent: 'PARENT',
  Child: 'CHILD',
  OtherHouseholdMember: 'OTHER_HOUSEHOLD_MEMBER',
  /** A guardian (voogd): a person, not a parent, who holds parental authority over the minors. */
  Guardian: 'GUARDIAN',
} as const;

export type FamilyRole = (typeof FamilyRole)[keyof typeof FamilyRole];

export const FAMILY_ROLES: readonly FamilyRole[] = Object.values(FamilyRole);

/** The roles that can hold parental authority (gezag): a parent, or a guardian in the parents' place. */
export const AUTHORITY_ROLES: readonly FamilyRole[] = [FamilyRole.Parent, FamilyRole.Guardian];
