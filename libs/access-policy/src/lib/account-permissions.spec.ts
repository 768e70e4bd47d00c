import { ACCOUNT_KINDS, AccountKind } from '@gezinsplan/domain';
import { hasPermission, permissionsOf } from './account-permissions';
import { Permission } from './permission';

describe('account permissions', () => {
  it('gives every kind of account its own account and sign-out', () => {
    for (const kind of ACCOUNT_KINDS) {
      expect(hasPermission(kind, Permission.ReadOwnAccount)).toBe(true);
      expect(hasPermission(kind, Permission.SignOut)).toBe(true);
    }
  });

  it('lets only professionals work with families', () => {
    const allowed = ACCOUNT_KINDS.filter((kind) => hasPermission(kind, Permission.WorkWithFamilies));
    expect(allowed).toEqual([AccountKind.Professional]);
  });

  it('keeps administrators away from family work and portals', () => {
    for (const admin of [AccountKind.OrganisationAdmin, AccountKind.PlatformAdmin]) {
      expect(hasPermission(admin, Permission.AccessFamilies)).toBe(false);
      expect(hasPermission(admin, Permission.WorkWithFamilies)).toBe(false);
      expect(hasPermission(admin, Permission.UseFamilyPortal)).toBe(false);
      expect(hasPermission(admin, Permission.UseNetworkPortal)).toBe(false);
    }
  });

  it('denies an unknown kind everything', () => {
    expect(permissionsOf('SOMEONE' as AccountKind)).toEqual([]);
  });
});
