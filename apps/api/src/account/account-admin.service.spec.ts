import { ErrorCode } from '@gezinsplan/domain';
import { ACTIVATE, activateWith, activationTokenSentTo, NEW_PASSWORD } from '../testing/activation-links';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';
import { InitialAdminService } from './initial-admin.service';
import { Row } from '../database/typed-sql';

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name type } }`;
const ORGANISATIONS = `{ organisations { id name type } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email kind activated organisationId } }`;
const ACCOUNTS = `query ($organisationId: ID) { organisationAccounts(organisationId: $organisationId) { id activated disabledAt } }`;
const DISABLE = `mutation ($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { id disabledAt } }`;
const RESEND = `mutation ($input: ResendActivationLinkInput!) { resendActivationLink(input: $input) { id activated } }`;
const ME = `{ me { id kind } }`;

describe('accounts: organisations, activation links and disabling', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  const activate = async (email: string): Promise<GraphQLSession> => activateWith(ctx, await activationTokenSentTo(ctx, email));

  /** A platform administrator creates a professional; the link goes to the outbox. */
  async function pendingProfessional(organisationId: string, email: string): Promise<string> {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const { createAccount } = await platform.data<{ createAccount: { id: string } }>(CREATE_ACCOUNT, {
      input: { email, displayName: 'Nog Niet Actief', kind: 'PROFESSIONAL', organisationId },
    });
    return createAccount.id;
  }

  it('lets the platform administrator start an organisation whose administrator adds professionals', async () => {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const { createOrganisation: org } = await platform.data<{ createOrganisation: { id: string } }>(CREATE_ORGANISATION, {
      input: { name: 'Wijkteam Leidsche Rijn', type: 'NEIGHBOURHOOD_TEAM' },
    });
    const { createAccount: admin } = await platform.data<{ createAccount: { activated: boolean } }>(CREATE_ACCOUNT, {
      input: { email: 'beheer@lr.example', displayName: 'Beheer LR', kind: 'ORGANISATION_ADMIN', organisationId: org.id },
    });
    expect(admin.activated).toBe(false);
    // The same organisation again (other case and spaces) is refused, saying so; another kind may share the name.
    const again = await platform.request(CREATE_ORGANISATION, { input: { name: '  wijkteam leidsche rijn ', type: 'NEIGHBOURHOOD_TEAM' } });
    expect(again.errors?.[0]).toMatchObject({ message: 'An organisation of this kind is called wijkteam leidsche rijn already.', extensions: { code: ErrorCode.Conflict } });
    expect((await platform.request(CREATE_ORGANISATION, { input: { name: 'Wijkteam Leidsche Rijn', type: 'OTHER' } })).errors).toBeUndefined();

    const orgAdmin = await activate('beheer@lr.example');
    expect((await orgAdmin.data<{ me: { kind: string } }>(ME)).me.kind).toBe('ORGANISATION_ADMIN');
    const { createAccount: professional } = await orgAdmin.data<{ createAccount: { organisationId: string } }>(CREATE_ACCOUNT, {
      input: { email: 'noa@lr.example', displayName: 'Noa de Wit', kind: 'PROFESSIONAL', discipline: 'ambulant hulpverlener' },
    });
    expect(professional.organisationId).toBe(org.id);
    const other = await ctx.newOrganisation();
    expect(await orgAdmin.errorCode(CREATE_ACCOUNT, {
      input: { email: 'x@other.example', displayName: 'Xander', kind: 'PROFESSIONAL', organisationId: other.id },
    })).toBe(ErrorCode.Forbidden);
    expect(await orgAdmin.errorCode(CREATE_ORGANISATION, { input: { name: 'Eigen club', type: 'OTHER' } })).toBe(ErrorCode.Forbidden);

    const noa = await activate('noa@lr.example');
    expect((await noa.data<{ me: { kind: string } }>(ME)).me.kind).toBe('PROFESSIONAL');
  });

  it('lists every organisation to the platform administrator, and only their own to an organisation administrator', async () => {
    const mine = await ctx.newOrganisation({ name: 'Aa Wijkteam Eigen' });
    const other = await ctx.newOrganisation({ name: 'Aa Jeugdteam Ander', type: 'YOUTH_PROTECTION' });
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const { organisations: all } = await platform.data<{ organisations: Array<{ id: string; name: string; type: string }> }>(ORGANISATIONS);
    expect(all).toEqual(expect.arrayContaining([
      { id: mine.id, name: 'Aa Wijkteam Eigen', type: 'OTHER' },
      { id: other.id, name: 'Aa Jeugdteam Ander', type: 'YOUTH_PROTECTION' },
    ]));
    // By name, so the administrator finds one in a long list.
    expect(all.findIndex((o) => o.id === other.id)).toBeLessThan(all.findIndex((o) => o.id === mine.id));

    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN', organisation: mine }));
    expect(await orgAdmin.data(ORGANISATIONS)).toEqual({ organisations: [{ id: mine.id, name: 'Aa Wijkteam Eigen', type: 'OTHER' }] });

    const professional = await ctx.signIn(await ctx.newAccount({ organisation: mine }));
    expect(await professional.errorCode(ORGANISATIONS)).toBe(ErrorCode.Forbidden);
    expect(await ctx.anonymous().errorCode(ORGANISATIONS)).toBe(ErrorCode.Unauthenticated);
  });

  it('uses each link once, refuses weak passwords, and ends sessions when an account is disabled', async () => {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const org = await ctx.newOrganisation();
    const { createAccount } = await platform.data<{ createAccount: { id: string } }>(CREATE_ACCOUNT, {
      input: { email: 'once@test.example', displayName: 'Eenmalig', kind: 'PROFESSIONAL', organisationId: org.id },
    });
    const token = await activationTokenSentTo(ctx, 'once@test.example');
    const weak = await ctx.anonymous().request(ACTIVATE, { input: { token, password: 'kort' } });
    expect(weak.errors?.[0].extensions?.['fields']).toEqual([{ field: 'password', message: 'choose a password of at least 12 characters' }]);
    const session = await activateWith(ctx, token);
    const reuse = await ctx.anonymous().request(ACTIVATE, { input: { token, password: 'nog een lang wachtwoord' } });
    expect(reuse.errors?.[0].extensions?.['fields']).toEqual([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);

    await platform.data(DISABLE, { input: { accountId: createAccount.id, disabled: true } });
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('says an e-mail address is in use with its own code, whatever its capitals', async () => {
    const org = await ctx.newOrganisation();
    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN', organisation: org }));
    await orgAdmin.data(CREATE_ACCOUNT, { input: { email: 'dubbel@test.example', displayName: 'Eerste', kind: 'PROFESSIONAL' } });
    const again = await orgAdmin.request(CREATE_ACCOUNT, { input: { email: 'Dubbel@Test.example', displayName: 'Tweede', kind: 'PROFESSIONAL' } });
    expect(again.errors?.[0].extensions?.['code']).toBe(ErrorCode.EmailAddressTaken);
    expect(again.errors?.[0].message).toBe('Another account already uses this e-mail address; use a different one.');
    const { organisationAccounts } = await orgAdmin.data<{ organisationAccounts: unknown[] }>(ACCOUNTS);
    expect(organisationAccounts).toHaveLength(2);
  });

  it('refuses a work phone that is not a phone number, naming the field, and creates no account', async () => {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const organisation = await ctx.newOrganisation({ type: 'SCHOOL' });
    const input = { email: 'telefoon@school.example', displayName: 'Tel Efoon', kind: 'PROFESSIONAL', organisationId: organisation.id };
    const refused = await platform.request(CREATE_ACCOUNT, { input: { ...input, phone: 'javascript:alert(document.cookie)' } });
    expect(refused.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([{ field: 'phone', message: 'enter a phone number: digits, spaces, +, - and parentheses' }]);
    expect(await ctx.dataSource.query(`SELECT id FROM account WHERE email = $1`, [input.email])).toEqual([]);
    await platform.data(CREATE_ACCOUNT, { input: { ...input, phone: '+31 (0)30-123 45 67' } });
  });

  it('re-sends an activation link that replaces the earlier one', async () => {
    const org = await ctx.newOrganisation();
    const accountId = await pendingProfessional(org.id, 'vergeten@test.example');
    const first = await activationTokenSentTo(ctx, 'vergeten@test.example');
    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN', organisation: org }));

    expect(await orgAdmin.data(RESEND, { input: { accountId } })).toEqual({ resendActivationLink: { id: accountId, activated: false } });
    const second = await activationTokenSentTo(ctx, 'vergeten@test.example');
    expect(second).not.toBe(first);
    const [mail] = await ctx.dataSource.query<Row<'outbox_email', 'body'>[]>(`SELECT body FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, ['vergeten@test.example']);
    expect(mail.body).toContain('Eerdere links werken niet meer.');

    const old = await ctx.anonymous().request(ACTIVATE, { input: { token: first, password: NEW_PASSWORD } });
    expect(old.errors?.[0].extensions?.['fields']).toEqual([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);
    const owner = await activateWith(ctx, second);
    expect((await owner.data<{ me: { id: string } }>(ME)).me.id).toBe(accountId);
    // Even a link that a race with the re-send left live cannot choose a new password for an active account.
    await ctx.dataSource.query(
      `UPDATE account_activation SET expires_at = now() + interval '1 day' WHERE account_id = $1 AND used_at IS NULL`,
      [accountId],
    );
    const late = await ctx.anonymous().request(ACTIVATE, { input: { token: first, password: 'een ander lang wachtwoord' } });
    expect(late.errors?.[0].extensions?.['fields']).toEqual([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);

    // Once the password is chosen there is nothing to re-send.
    expect(await orgAdmin.errorCode(RESEND, { input: { accountId } })).toBe(ErrorCode.Conflict);
  });

  it('re-sends no link for a disabled account, nor for another organisation’s or an unknown one', async () => {
    const org = await ctx.newOrganisation();
    const accountId = await pendingProfessional(org.id, 'uit@test.example');
    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN', organisation: org }));
    const otherAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN' }));
    const professional = await ctx.signIn(await ctx.newAccount({ organisation: org }));
    const mailsBefore = await ctx.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox_email WHERE to_address = 'uit@test.example'`);

    // Another organisation's account answers exactly as an unknown one.
    const foreign = await otherAdmin.request(RESEND, { input: { accountId } });
    const unknown = await otherAdmin.request(RESEND, { input: { accountId: '00000000-0000-4000-8000-000000000000' } });
    expect(foreign.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(await professional.errorCode(RESEND, { input: { accountId } })).toBe(ErrorCode.Forbidden);
    const invalid = await orgAdmin.request(RESEND, { input: { accountId: 'geen-id' } });
    expect(invalid.errors?.[0].extensions?.['fields']).toEqual([{ field: 'accountId', message: 'must be an id' }]);

    await orgAdmin.data(DISABLE, { input: { accountId, disabled: true } });
    expect(await orgAdmin.errorCode(RESEND, { input: { accountId } })).toBe(ErrorCode.Conflict);
    const mailsAfter = await ctx.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox_email WHERE to_address = 'uit@test.example'`);
    expect(mailsAfter).toEqual(mailsBefore);
  });

  it('refuses to activate a disabled account without using up its link', async () => {
    const org = await ctx.newOrganisation();
    const accountId = await pendingProfessional(org.id, 'geblokkeerd@test.example');
    const token = await activationTokenSentTo(ctx, 'geblokkeerd@test.example');
    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN', organisation: org }));
    await orgAdmin.data(DISABLE, { input: { accountId, disabled: true } });

    const refused = ctx.anonymous();
    const answer = await refused.request(ACTIVATE, { input: { token, password: NEW_PASSWORD } });
    expect(answer.errors?.[0].extensions?.['code']).toBe(ErrorCode.AccountDisabled);
    expect(answer.errors?.[0].message).toMatch(/^This account is disabled/);
    expect(refused.hasSessionCookie).toBe(false);
    const [account] = await ctx.dataSource.query<Row<'account', 'password_hash'>[]>(`SELECT password_hash FROM account WHERE id = $1`, [accountId]);
    expect(account.password_hash).toBeNull();

    await orgAdmin.data(DISABLE, { input: { accountId, disabled: false } });
    const owner = await activateWith(ctx, token);
    expect((await owner.data<{ me: { id: string } }>(ME)).me.id).toBe(accountId);
  });

  it('answers an organisation administrator about another organisation’s account as if it did not exist', async () => {
    const theirs = await ctx.newAccount({ organisation: await ctx.newOrganisation() });
    const orgAdmin = await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN' }));
    const foreign = await orgAdmin.request(DISABLE, { input: { accountId: theirs.account.id, disabled: true } });
    const unknown = await orgAdmin.request(DISABLE, { input: { accountId: '00000000-0000-4000-8000-000000000000', disabled: true } });
    expect(foreign.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    const [account] = await ctx.dataSource.query<Row<'account', 'disabled_at'>[]>(`SELECT disabled_at FROM account WHERE id = $1`, [theirs.account.id]);
    expect(account.disabled_at).toBeNull();
  });

  it('creates the first platform administrator once, from INITIAL_ADMIN_EMAIL', async () => {
    const empty = await TestContext.create();
    try {
      const service = empty.app.get(InitialAdminService);
      expect(await service.ensure(undefined)).toBeNull();
      const link = await service.ensure('eerste@beheer.example');
      expect(link).toMatch(/\/account-activeren#token=[A-Za-z0-9_-]{43}$/);
      expect(await service.ensure('tweede@beheer.example')).toBeNull();
      const admins = await empty.dataSource.query<Row<'account', 'email'>[]>(`SELECT email FROM account WHERE kind = 'PLATFORM_ADMIN'`);
      expect(admins).toEqual([{ email: 'eerste@beheer.example' }]);
    } finally {
      await empty.close();
    }
  });
});
