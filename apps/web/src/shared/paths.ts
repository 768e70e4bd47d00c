/** The addresses people see and bookmark, in Dutch like the rest of the interface. */
export const PATHS = {
  home: '/',
  signIn: '/inloggen',
  /** The family portal: the family's own plan, who looked at it, and their consents. */
  familyPortal: '/ons-plan/:familyId',
  familyPortalAccessLog: '/ons-plan/:familyId/bekeken',
  familyPortalConsents: '/ons-plan/:familyId/toestemming',
  /** A network member's part of the safety plan. */
  networkPortal: '/netwerk/:familyId',
  /** A professional's view of one family's plan, and the regisseur's pages around it. */
  familyPlan: '/gezinnen/:familyId',
  familyPlanVersion: '/gezinnen/:familyId/versies/:number',
  familyAccessLog: '/gezinnen/:familyId/toegang',
  familyConsent: '/gezinnen/:familyId/toestemming',
  regisseurHandover: '/gezinnen/:familyId/regie-overdragen',
} as const;
