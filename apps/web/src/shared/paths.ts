/** The addresses people see and bookmark, in Dutch like the rest of the interface. */
export const PATHS = {
  home: '/',
  signIn: '/inloggen',
  /** Where an activation e-mail's link leads (the API writes this address into the e-mail): choose a password. */
  accountActivation: '/account-activeren',
  /** Wachtwoord vergeten: ask for a link by e-mail. */
  forgotPassword: '/wachtwoord-vergeten',
  /** Where a password reset e-mail's link leads (the API writes this address into the e-mail): choose a new password. */
  passwordReset: '/wachtwoord-herstellen',
  /** Every signed-in person's notifications and their e-mail setting (the notification e-mails link here). */
  notifications: '/meldingen',
  /** Whether notifications also come by e-mail: at once, once a day, or not. */
  notificationSettings: '/meldingen/instellingen',
  /** Administrators: the platform administrator's organisations, or an organisation administrator's accounts. */
  administration: '/beheer',
  /** The platform administrator: one organisation's accounts. */
  administrationOrganisation: '/beheer/organisaties/:organisationId',
  /** The family portal: the family's own plan, who looked at it, and their consents (notifications: `notifications`, as for everyone). */
  familyPortal: '/ons-plan/:familyId',
  familyPortalAccessLog: '/ons-plan/:familyId/bekeken',
  familyPortalConsents: '/ons-plan/:familyId/toestemming',
  /** A network member's part of the safety plan. */
  networkPortal: '/netwerk/:familyId',
  /** The network member's safety plan on paper. */
  networkPortalPrint: '/netwerk/:familyId/afdrukken',
  /** A professional's agenda of the coming weeks across their families. */
  calendar: '/agenda',
  /** A professional's view of one family's plan, and the regisseur's pages around it. */
  familyPlan: '/gezinnen/:familyId',
  familyPlanVersion: '/gezinnen/:familyId/versies/:number',
  /** The plan on paper, for the family meeting. */
  familyPlanPrint: '/gezinnen/:familyId/afdrukken',
  familyAccessLog: '/gezinnen/:familyId/toegang',
  familyConsent: '/gezinnen/:familyId/toestemming',
  regisseurHandover: '/gezinnen/:familyId/regie-overdragen',
  /** The regisseur closes the plan (scaling down) or reopens it. */
  planClosure: '/gezinnen/:familyId/afsluiten',
  /** The regisseur manages who is involved: inviting, ending, and sharing without consent on a legal basis. */
  familyInvolvements: '/gezinnen/:familyId/betrokkenen',
  inviteInvolvement: '/gezinnen/:familyId/betrokkenen/uitnodigen',
  recordLegalBasis: '/gezinnen/:familyId/betrokkenen/:involvementId/grondslag',
  /** Signals of involvement before there is a plan: mine and their matches, registering, looking up, starting a plan. */
  signals: '/signalen',
  registerSignal: '/signalen/afgeven',
  signalLookUp: '/signalen/zoeken',
  startPlanFromMatch: '/signalen/:subjectId/gezinsplan-starten',
  /** A professional starts a family's plan without a match; the regisseur adds people and corrects their details. */
  startFamilyPlan: '/gezinsplan-starten',
  addFamilyMember: '/gezinnen/:familyId/gezinslid-toevoegen',
  addNetworkMember: '/gezinnen/:familyId/netwerklid-toevoegen',
  editFamilyMember: '/gezinnen/:familyId/gezinsleden/:memberId/wijzigen',
  editNetworkMember: '/gezinnen/:familyId/netwerk/:networkMemberId/wijzigen',
} as const;
