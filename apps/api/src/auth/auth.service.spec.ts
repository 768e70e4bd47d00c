import { AccountKind, ErrorCode } from '@gezinsplan/domain';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const ME = `{ me { id email displayName kind organisation { name type } permissions } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id displayName } }`;
const SIGN_OUT = `mutation { signOut }`;

describe('signing in and out', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ signIn: { freeFailuresPerSource: 3, maxFailuresPerAddress: 1000 } });
  });
  afterAll(() => ctx.close());

  it('signs a professional in with an HTTP-only session cookie and tells who is signed in', async () => {
    const organisation = await ctx.newOrganisation({ name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' });
    const professional = await ctx.newAccount({ kind: AccountKind.Professional, organisation, displayName: 'Sanne' });

    const response = await fetch(`${ctx.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: professional.email, password: professional.password } } }),
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('gp_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const session = await ctx.signIn(professional);
    const { me } = await session.data<{ me: Record<string, unknown> }>(ME);
    expect(me).toEqual({
      id: professional.account.id,
      email: professional.email,
      displayName: 'Sanne',
      kind: 'PROFESSIONAL',
      organisation: { name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' },
      permissions: ['readOwnAccount', 'signOut', 'accessFamilies', 'workWithFamilies'],
    });
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    const person = await ctx.newAccount();
    const session = ctx.anonymous();
    await session.data(SIGN_IN, { input: { email: `  ${person.email.toUpperCase()} `, password: person.password } });
    expect(session.hasSessionCookie).toBe(true);
  });

  it('answers me with null when nobody is signed in', async () => {
    expect(await ctx.anonymous().data(ME)).toEqual({ me: null });
  });

  it('gives one and the same error for a wrong password, an unknown account and a disabled account', async () => {
    const person = await ctx.newAccount();
    const disabled = await ctx.newAccount({ disabledAt: new Date() });
    const attempts = [
      { email: person.email, password: 'wrong' },
      { email: 'nobody@test.example', password: 'whatever' },
      { email: disabled.email, password: disabled.password },
    ];
    const errors = [];
    for (const input of attempts) {
      const result = await ctx.anonymous().request(SIGN_IN, { input });
      errors.push(result.errors?.[0]);
    }
    for (const error of errors) {
      expect(error?.message).toBe('The e-mail address or password is incorrect.');
      expect(error?.extensions).toEqual({ code: ErrorCode.Unauthenticated });
    }
  });

  it('limits repeated failures for an account from one address, even with the right password afterwards', async () => {
    const person = await ctx.newAccount();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await ctx.anonymous().errorCode(SIGN_IN, { input: { email: person.email, password: 'wrong' } })).toBe(
        ErrorCode.Unauthenticated,
      );
    }
    const blocked = await ctx.anonymous().request(SIGN_IN, { input: { email: person.email, password: person.password } });
    expect(blocked.errors?.[0].extensions?.['code']).toBe(ErrorCode.TooManyRequests);
    expect(blocked.errors?.[0].message).toMatch(/Try again in \d+ minute/);
    expect(blocked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  });

  it('names each invalid input field', async () => {
    const result = await ctx.anonymous().request(SIGN_IN, { input: { email: 'not-an-address', password: '' } });
    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(result.errors?.[0].extensions?.['fields']).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'enter a valid e-mail address' },
        { field: 'password', message: 'enter your password' },
      ]),
    );
  });

  it('ends the session on sign-out, also for a copy of the cookie', async () => {
    const person = await ctx.newAccount();
    const session = await ctx.signIn(person);
    const stolenCookie = await ctx.signIn(person);
    expect(await session.data(SIGN_OUT)).toEqual({ signOut: true });
    expect(session.hasSessionCookie).toBe(false);
    expect(await session.data(ME)).toEqual({ me: null });
    expect((await stolenCookie.data<{ me: unknown }>(ME)).me).not.toBeNull();
  });

  it('refuses sign-out without a session', async () => {
    expect(await ctx.anonymous().errorCode(SIGN_OUT)).toBe(ErrorCode.Unauthenticated);
  });

  it('ends the sessions of an account that is disabled', async () => {
    const person = await ctx.newAccount();
    const session = await ctx.signIn(person);
    await ctx.dataSource.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [person.account.id]);
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('ends a session that was idle for too long', async () => {
    const person = await ctx.newAccount();
    const session = await ctx.signIn(person);
    await ctx.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '3 hours' WHERE account_id = $1`,
      [person.account.id],
    );
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('keeps a used session alive, writing its last use at most once a minute', async () => {
    const person = await ctx.newAccount();
    const session = await ctx.signIn(person);
    const idleSeconds = async (): Promise<number> => {
      const [row] = await ctx.dataSource.query<Array<{ idle: string }>>(
        `SELECT extract(epoch FROM now() - last_seen_at) AS idle FROM session WHERE account_id = $1`,
        [person.account.id],
      );
      return Number(row.idle);
    };
    const lastSeen = (interval: string) =>
      ctx.dataSource.query(`UPDATE session SET last_seen_at = now() - $2::interval WHERE account_id = $1`, [person.account.id, interval]);

    await lastSeen('5 minutes');
    expect((await session.data<{ me: unknown }>(ME)).me).not.toBeNull();
    expect(await idleSeconds()).toBeLessThan(30);

    await lastSeen('30 seconds');
    await session.data(ME);
    expect(await idleSeconds()).toBeGreaterThanOrEqual(30);
  });

  it('stores only a hash of the session token and an argon2id password hash', async () => {
    const person = await ctx.newAccount();
    await ctx.signIn(person);
    const [row] = await ctx.dataSource.query<Array<Row<'account', 'password_hash'> & { token_bytes: number }>>(
      `SELECT a.password_hash, length(s.token_hash) AS token_bytes
         FROM account a JOIN session s ON s.account_id = a.id WHERE a.id = $1`,
      [person.account.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.token_bytes).toBe(32);
  });
});
