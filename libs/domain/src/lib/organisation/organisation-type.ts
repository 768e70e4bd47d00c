/** The kinds of partner organisation that work around a family (domain.md section 1). */
export const OrganisationType = {
  School: 'SCHOOL',
  NeighbourhoodTeam: 'NEIGHBOURHOOD_TEAM',
  YouthMentalHealth: 'YOUTH_MENTAL_HEALTH',
  AdultMentalHealth: 'ADULT_MENTAL_HEALTH',
  AddictionCare: 'ADDICTION_CARE',
  VeiligThuis: 'VEILIG_THUIS',
  YouthProtection: 'YOUTH_PROTECTION',
  ChildProtectionBoard: 'CHILD_PROTECTION_BOARD',
  GeneralPractitioner: 'GENERAL_PRACTITIONER',
  Midwife: 'MIDWIFE',
  Police: 'POLICE',
  HomeSupport: 'HOME_SUPPORT',
  Other: 'OTHER',
} as const;

export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType];

export const ORGANISATION_TYPES: readonly OrganisationType[] = Object.values(OrganisationType);

/**
 * Organisations that protect a child, possibly without the family's consent
 * (Veilig Thuis, youth protection, the Child Protection Board, the police): the
 * family may be told of their involvement only afterwards.
 */
export const PROTECTIVE_ORGANISATION_TYPES: readonly OrganisationType[] = [
  OrganisationType.VeiligThuis,
  OrganisationType.YouthProtection,
  OrganisationType.ChildProtectionBoard,
  OrganisationType.Police,
];
