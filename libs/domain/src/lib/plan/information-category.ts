/**
 * What kind of information an item carries. Need-to-know is decided per
 * category: a school's task needs SCHOOL, not MENTAL_HEALTH.
 */
export const InformationCategory = {
  General: 'GENERAL',
  Safety: 'SAFETY',
  MentalHealth: 'MENTAL_HEALTH',
  Addiction: 'ADDICTION',
  School: 'SCHOOL',
  Finances: 'FINANCES',
  PoliceJustice: 'POLICE_JUSTICE',
} as const;

export type InformationCategory = (typeof InformationCategory)[keyof typeof InformationCategory];

export const INFORMATION_CATEGORIES: readonly InformationCategory[] = Object.values(InformationCategory);

/** The parts of the plan a regisseur coordinates, whoever wrote them. */
export const REGISSEUR_CATEGORIES: readonly InformationCategory[] = [
  InformationCategory.General,
  InformationCategory.Safety,
];
