/**
 * Platform-level permissions, shared by the API (which enforces them) and the
 * web client (which only uses them to decide what to offer). Case content is
 * never granted here: it flows from involvements and family membership.
 */
export const Permission = {
  ReadOwnAccount: 'readOwnAccount',
  SignOut: 'signOut',
  ReadOrganisationAccounts: 'readOrganisationAccounts',
  ManageOrganisationAccounts: 'manageOrganisationAccounts',
  ManageOrganisations: 'manageOrganisations',
  /** Access-log metadata (who, when, which family id), never content. */
  InvestigateAccessLog: 'investigateAccessLog',
  /** Having case relations at all: the family access module then decides per family. */
  AccessFamilies: 'accessFamilies',
  WorkWithFamilies: 'workWithFamilies',
  UseFamilyPortal: 'useFamilyPortal',
  UseNetworkPortal: 'useNetworkPortal',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
