import { AccountKind } from '@gezinsplan/domain';
import { Permission } from './permission';

const EVERY_ACCOUNT: readonly Permission[] = [Permission.ReadOwnAccount, Permission.SignOut];

const PERMISSIONS_BY_KIND: Readonly<Record<AccountKind, readonly Permission[]>> = {
  [AccountKind.Professional]: [...EVERY_ACCOUNT, Permission.AccessFamilies, Permission.WorkWithFamilies],
  [AccountKind.FamilyMember]: [...EVERY_ACCOUNT, Permission.AccessFamilies, Permission.UseFamilyPortal],
  [AccountKind.NetworkMember]: [...EVERY_ACCOUNT, Permission.AccessFamilies, Permission.UseNetworkPortal],
  [AccountKind.OrganisationAdmin]: [
    ...EVERY_ACCOUNT,
    Permission.ReadOrganisationAccounts,
    Permission.ManageOrganisationAccounts,
    Permission.InvestigateAccessLog,
  ],
  [AccountKind.PlatformAdmin]: [
    ...EVERY_ACCOUNT,
    Permission.ManageOrganisations,
    Permission.ManageOrganisationAccounts,
    Permission.InvestigateAccessLog,
  ],
};

export function permissionsOf(kind: AccountKind): readonly Permission[] {
  return PERMISSIONS_BY_KIND[kind] ?? [];
}

/** Deny by default: an unknown kind or permission is never granted. */
export function hasPermission(kind: AccountKind, permission: Permission): boolean {
  return permissionsOf(kind).includes(permission);
}
