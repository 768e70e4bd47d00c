/** The domain of concern a signal names: never content, only where the worry lies. */
export const SignalDomain = {
  Education: 'EDUCATION',
  YouthCare: 'YOUTH_CARE',
  MentalHealth: 'MENTAL_HEALTH',
  Addiction: 'ADDICTION',
  Safety: 'SAFETY',
  PoliceJustice: 'POLICE_JUSTICE',
  Health: 'HEALTH',
  FinancesHousing: 'FINANCES_HOUSING',
} as const;

export type SignalDomain = (typeof SignalDomain)[keyof typeof SignalDomain];

export const SIGNAL_DOMAINS: readonly SignalDomain[] = Object.values(SignalDomain);

/** Signals are about young people under 23 (domain.md section 6). */
export const SIGNAL_MAXIMUM_AGE = 22;
