/**
 * Where a family or network member stands with the family portal, as the
 * regisseur who invites them sees it.
 */
export const PortalAccess = {
  /** No portal account: the regisseur can invite them. */
  None: 'NONE',
  /** Invited, but no password chosen yet through the e-mailed link. */
  Invited: 'INVITED',
  Active: 'ACTIVE',
  Disabled: 'DISABLED',
} as const;

export type PortalAccess = (typeof PortalAccess)[keyof typeof PortalAccess];

export const PORTAL_ACCESS_STATES: readonly PortalAccess[] = Object.values(PortalAccess);

/** Disabled wins: a disabled account cannot sign in, whether or not a password was ever chosen. */
export function portalAccessOf(account: { activated: boolean; disabled: boolean } | undefined): PortalAccess {
  if (!account) return PortalAccess.None;
  if (account.disabled) return PortalAccess.Disabled;
  return account.activated ? PortalAccess.Active : PortalAccess.Invited;
}
