import { PortalAccess, portalAccessOf } from './portal-access';

describe('portalAccessOf', () => {
  it('is none without an account', () => {
    expect(portalAccessOf(undefined)).toBe(PortalAccess.None);
  });

  it('is invited until a password is chosen, and active after', () => {
    expect(portalAccessOf({ activated: false, disabled: false })).toBe(PortalAccess.Invited);
    expect(portalAccessOf({ activated: true, disabled: false })).toBe(PortalAccess.Active);
  });

  it('is disabled when disabled, whether or not a password was ever chosen', () => {
    expect(portalAccessOf({ activated: true, disabled: true })).toBe(PortalAccess.Disabled);
    expect(portalAccessOf({ activated: false, disabled: true })).toBe(PortalAccess.Disabled);
  });
});
