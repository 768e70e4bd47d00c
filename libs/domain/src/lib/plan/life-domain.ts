/** The life domains in which the family's strengths and concerns are described. */
export const LifeDomain = {
  Safety: 'SAFETY',
  Health: 'HEALTH',
  Parenting: 'PARENTING',
  Finances: 'FINANCES',
  Housing: 'HOUSING',
  SchoolWork: 'SCHOOL_WORK',
  SocialNetwork: 'SOCIAL_NETWORK',
} as const;

export type LifeDomain = (typeof LifeDomain)[keyof typeof LifeDomain];

export const LIFE_DOMAINS: readonly LifeDomain[] = Object.values(LifeDomain);
