import { accountStatus } from '../utils/account-status';
import { checkAccountDraft, createAccountInputOf, emptyAccountDraft } from '../utils/new-account';
import { checkOrganisationDraft } from '../utils/new-organisation';

describe('whether an account can be used', () => {
  it('is activated once its owner chose a password, and waits for activation until then', () => {
    expect(accountStatus({ activated: true, disabledAt: null })).toBe('activated');
    expect(accountStatus({ activated: false, disabledAt: null })).toBe('waiting');
  });

  it('is disabled when disabled, whether or not a password was ever chosen', () => {
    expect(accountStatus({ activated: true, disabledAt: '2026-03-01T09:00:00Z' })).toBe('disabled');
    expect(accountStatus({ activated: false, disabledAt: '2026-03-01T09:00:00Z' })).toBe('disabled');
  });
});

describe('a new account', () => {
  const professional = { ...emptyAccountDraft('PROFESSIONAL'), email: ' nadia@wijkteam-noord.nl ', displayName: ' Nadia Bakker ' };

  it('needs an e-mail address and a name; the rest is optional', () => {
    expect(checkAccountDraft(professional)).toEqual({});
    expect(checkAccountDraft(emptyAccountDraft('PROFESSIONAL'))).toEqual({ email: 'empty', displayName: 'empty' });
    expect(checkAccountDraft({ ...professional, email: 'nadia@', displayName: 'N' })).toEqual({
      email: 'invalid',
      displayName: 'invalid',
    });
    expect(checkAccountDraft({ ...professional, phone: '0'.repeat(51) })).toEqual({ phone: 'tooLong' });
    expect(checkAccountDraft({ ...professional, phone: 'javascript:alert(1)' })).toEqual({ phone: 'invalid' });
    expect(checkAccountDraft({ ...professional, phone: '+31 (0)30-123 45 67' })).toEqual({});
  });

  it('goes to the API trimmed, without empty optional fields, and without a discipline for an administrator', () => {
    expect(createAccountInputOf({ ...professional, discipline: ' gezinscoach ' }, 'org-1')).toEqual({
      kind: 'PROFESSIONAL',
      email: 'nadia@wijkteam-noord.nl',
      displayName: 'Nadia Bakker',
      discipline: 'gezinscoach',
      phone: null,
      organisationId: 'org-1',
    });
    expect(
      createAccountInputOf({ ...professional, kind: 'ORGANISATION_ADMIN', discipline: 'gezinscoach', phone: '030 123 45 67' }, undefined),
    ).toEqual({
      kind: 'ORGANISATION_ADMIN',
      email: 'nadia@wijkteam-noord.nl',
      displayName: 'Nadia Bakker',
      discipline: null,
      phone: '030 123 45 67',
      organisationId: null,
    });
  });
});

describe('a new organisation', () => {
  it('needs a name of at least two characters and a kind', () => {
    expect(checkOrganisationDraft({ name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' })).toEqual({});
    expect(checkOrganisationDraft({ name: '  ', type: '' })).toEqual({ name: 'empty', type: 'empty' });
    expect(checkOrganisationDraft({ name: 'W', type: 'SCHOOL' })).toEqual({ name: 'invalid' });
  });
});
