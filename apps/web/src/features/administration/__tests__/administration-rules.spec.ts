import { z } from 'zod';
import { accountStatus } from '../utils/account-status';
import { createAccountInputOf, emptyAccountDraft, newAccountSchema } from '../utils/new-account';
import { newOrganisationSchema } from '../utils/new-organisation';

/** Each field the schema refuses, with its first reason, as the form shows them. */
function reasonsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const reasons: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) reasons[issue.path.join('.')] ??= issue.message;
  return reasons;
}

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
    expect(reasonsOf(newAccountSchema, professional)).toEqual({});
    expect(reasonsOf(newAccountSchema, emptyAccountDraft('PROFESSIONAL'))).toEqual({ email: 'empty', displayName: 'empty' });
    expect(reasonsOf(newAccountSchema, { ...professional, email: 'nadia@', displayName: 'N' })).toEqual({
      email: 'invalid',
      displayName: 'tooShort',
    });
    expect(reasonsOf(newAccountSchema, { ...professional, phone: '0'.repeat(51) })).toEqual({ phone: 'tooLong' });
    expect(reasonsOf(newAccountSchema, { ...professional, phone: 'javascript:alert(1)' })).toEqual({ phone: 'invalid' });
    expect(reasonsOf(newAccountSchema, { ...professional, phone: '+31 (0)30-123 45 67' })).toEqual({});
  });

  it('checks the discipline of a professional only: an administrator has none', () => {
    const long = 'x'.repeat(201);
    expect(reasonsOf(newAccountSchema, { ...professional, discipline: long })).toEqual({ discipline: 'tooLong' });
    expect(reasonsOf(newAccountSchema, { ...professional, kind: 'ORGANISATION_ADMIN', discipline: long })).toEqual({});
  });

  it('goes to the API trimmed, without empty optional fields, and without a discipline for an administrator', () => {
    expect(createAccountInputOf(newAccountSchema.parse({ ...professional, discipline: ' gezinscoach ' }), 'org-1')).toEqual({
      kind: 'PROFESSIONAL',
      email: 'nadia@wijkteam-noord.nl',
      displayName: 'Nadia Bakker',
      discipline: 'gezinscoach',
      phone: null,
      organisationId: 'org-1',
    });
    expect(
      createAccountInputOf(
        newAccountSchema.parse({ ...professional, kind: 'ORGANISATION_ADMIN', discipline: 'gezinscoach', phone: '030 123 45 67' }),
        undefined,
      ),
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
    expect(newOrganisationSchema.parse({ name: ' Wijkteam Noord ', type: 'NEIGHBOURHOOD_TEAM' })).toEqual({
      name: 'Wijkteam Noord',
      type: 'NEIGHBOURHOOD_TEAM',
    });
    expect(reasonsOf(newOrganisationSchema, { name: '  ', type: '' })).toEqual({ name: 'empty', type: 'choose' });
    expect(reasonsOf(newOrganisationSchema, { name: 'W', type: 'SCHOOL' })).toEqual({ name: 'tooShort' });
    expect(reasonsOf(newOrganisationSchema, { name: 'W'.repeat(201), type: 'SCHOOL' })).toEqual({ name: 'tooLong' });
  });
});
