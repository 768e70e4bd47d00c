/** A family member's place in the household (gezinslid). */
export const FamilyRole = {
  Parent: 'PARENT',
  Child: 'CHILD',
  OtherHouseholdMember: 'OTHER_HOUSEHOLD_MEMBER',
} as const;

export type FamilyRole = (typeof FamilyRole)[keyof typeof FamilyRole];

export const FAMILY_ROLES: readonly FamilyRole[] = Object.values(FamilyRole);
