import { ErrorCode } from '@gezinsplan/domain';
import { createHash } from 'node:crypto';
import { TestContext, TestAccount } from '../testing/test-context';
import { signInSourceOf, SignInThrottle } from './sign-in-throttle.service';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const FREE_FAILURES = 5;
const WINDOW_MINUTES = 15;

const hashOf = (email: string) => createHash('sha256').update(email).digest();

describe('sign-in throttling', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    // Behind a proxy, so that each test can come from the addresses it names.
    ctx = await TestContext.create({
      trustProxy: true,
      signIn: { freeFailuresPerSource: FREE_FAILURES, maxFailuresPerAddress: 1000, alertFailuresPerAccount: 1000, windowMinutes: WINDOW_MINUTES },
    });
  });
  afterAll(() => ctx.close());

  const signInFrom = (context: TestContext, address: string, email: string, password: string) =>
    context.anonymous().request(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': address });
  const codeOf = (result: Awaited<ReturnType<typeof signInFrom>>) => result.errors?.[0]?.extensions?.['code'];

  const attemptsFor = async (email: string) => {
    const [row] = await ctx.dataSource.query<Array<{ attempts: number }>>(
      `SELECT count(*)::int AS attempts FROM sign_in_attempt WHERE identifier_hash = $1`,
      [hashOf(email)],
    );
    return row.attempts;
  };

  /** Moves the failures of an account back in time, as if the person waited. */
  const waitAfterFailures = (email: string, seconds: number) =>
    ctx.dataSource.query(`UPDATE sign_in_attempt SET attempted_at = attempted_at - make_interval(secs => $2) WHERE identifier_hash = $1`, [
      hashOf(email),
      seconds,
    ]);

  it('lets the owner sign in from their own address while someone elsewhere keeps guessing the password', async () => {
    const owner = await ctx.newAccount();
    for (let attempt = 0; attempt < 20; attempt++) await signInFrom(ctx, '198.51.100.7', owner.email, 'wrong');

    const fromAttacker = await signInFrom(ctx, '198.51.100.7', owner.email, owner.password);
    expect(codeOf(fromAttacker)).toBe(ErrorCode.TooManyRequests);
    const fromOwner = await signInFrom(ctx, '203.0.113.5', owner.email, owner.password);
    expect(fromOwner.errors).toBeUndefined();
    expect(fromOwner.data).toEqual({ signIn: { id: owner.account.id } });
  });

  it('counts a guess for the address the proxy added, not for one the client wrote in front of it', async () => {
    const owner = await ctx.newAccount();
    // A proxy that appends: the header holds what the client sent, then the address the proxy saw.
    const spoofed = (attempt: number) => `10.${attempt}.0.1, 198.51.100.30`;
    const codes = [];
    for (let attempt = 0; attempt < FREE_FAILURES + 2; attempt++) codes.push(codeOf(await signInFrom(ctx, spoofed(attempt), owner.email, 'wrong')));
    expect(codes.slice(0, FREE_FAILURES).every((code) => code === ErrorCode.Unauthenticated)).toBe(true);
    expect(codes.slice(FREE_FAILURES)).toEqual([ErrorCode.TooManyRequests, ErrorCode.TooManyRequests]);
    const [row] = await ctx.dataSource.query<Array<{ sources: string[] }>>(
      `SELECT array_agg(DISTINCT client_address) AS sources FROM sign_in_attempt WHERE identifier_hash = $1`,
      [hashOf(owner.email)],
    );
    expect(row.sources).toEqual(['198.51.100.30']);
  });

  it('checks at most the free number of 20 parallel wrong passwords from one address and refuses the rest', async () => {
    const person = await ctx.newAccount();
    const results = await Promise.all(Array.from({ length: 20 }, () => signInFrom(ctx, '198.51.100.20', person.email, 'wrong')));
    const codes = results.map(codeOf);
    const refused = results.filter((result) => codeOf(result) === ErrorCode.TooManyRequests);

    expect(codes.filter((code) => code === ErrorCode.Unauthenticated)).toHaveLength(FREE_FAILURES);
    expect(refused).toHaveLength(20 - FREE_FAILURES);
    for (const result of refused) {
      expect(result.errors?.[0].message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minute\(s\)\.$/);
      expect(result.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    }
    expect(await attemptsFor(person.email)).toBe(FREE_FAILURES);
  });

  it('makes each further wrong password from one address wait twice as long: 1, 2, 4 minutes', async () => {
    const person = await ctx.newAccount();
    const address = '198.51.100.30';
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) await signInFrom(ctx, address, person.email, 'wrong');

    for (const minutes of [1, 2, 4]) {
      const refused = await signInFrom(ctx, address, person.email, person.password);
      expect(codeOf(refused)).toBe(ErrorCode.TooManyRequests);
      const wait = refused.errors?.[0].extensions?.['retryAfterSeconds'] as number;
      expect(wait).toBeGreaterThan(minutes * 60 - 10);
      expect(wait).toBeLessThanOrEqual(minutes * 60);
      expect(refused.errors?.[0].message).toBe(`Too many failed sign-in attempts. Try again in ${minutes} minute(s).`);

      await waitAfterFailures(person.email, minutes * 60);
      expect(codeOf(await signInFrom(ctx, address, person.email, 'wrong'))).toBe(ErrorCode.Unauthenticated);
    }
  });

  it('starts afresh for an address once the right password was given from it', async () => {
    const person = await ctx.newAccount();
    const address = '198.51.100.40';
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) await signInFrom(ctx, address, person.email, 'wrong');
    await waitAfterFailures(person.email, 60);
    expect((await signInFrom(ctx, address, person.email, person.password)).errors).toBeUndefined();
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      expect(codeOf(await signInFrom(ctx, address, person.email, 'wrong'))).toBe(ErrorCode.Unauthenticated);
    }
  });

  it('answers an address without an account exactly as an account, so the throttle tells nobody which exist', async () => {
    const person = await ctx.newAccount();
    const answers = async (email: string, address: string) => {
      const results = [];
      for (let attempt = 0; attempt < FREE_FAILURES + 2; attempt++) {
        const result = await signInFrom(ctx, address, email, 'wrong');
        const error = result.errors?.[0];
        results.push({ message: error?.message, code: error?.extensions?.['code'], waits: error?.extensions?.['retryAfterSeconds'] !== undefined });
      }
      return results;
    };
    expect(await answers('nobody-here@test.example', '198.51.100.50')).toEqual(await answers(person.email, '198.51.100.51'));
  });

  it('counts a successful sign-in as no failure', async () => {
    const person = await ctx.newAccount();
    for (let attempt = 0; attempt < FREE_FAILURES + 2; attempt++) await ctx.signIn(person);
    const [row] = await ctx.dataSource.query<Array<{ failures: number; successes: number }>>(
      `SELECT count(*) FILTER (WHERE NOT succeeded)::int AS failures, count(*) FILTER (WHERE succeeded)::int AS successes
         FROM sign_in_attempt WHERE identifier_hash = $1`,
      [hashOf(person.email)],
    );
    expect(row).toEqual({ failures: 0, successes: FREE_FAILURES + 2 });
  });

  describe('one address with a ceiling on all accounts together (an office behind one NAT address)', () => {
    const ceiling = 4;
    const office = '192.0.2.10';
    let strict: TestContext;
    let colleague: TestAccount;

    beforeAll(async () => {
      strict = await TestContext.create({
        trustProxy: true,
        signIn: { freeFailuresPerSource: 100, maxFailuresPerAddress: ceiling, alertFailuresPerAccount: 1000 },
      });
      colleague = await strict.newAccount();
      expect((await signInFrom(strict, office, colleague.email, colleague.password)).errors).toBeUndefined();
    });
    afterAll(() => strict.close());

    it('checks at most the ceiling of 10 parallel wrong passwords on 10 accounts, yet lets in a colleague who signed in there before', async () => {
      const people = await Promise.all(Array.from({ length: 10 }, () => strict.newAccount()));
      const codes = (await Promise.all(people.map((person) => signInFrom(strict, office, person.email, 'wrong')))).map(codeOf);
      expect(codes.filter((code) => code === ErrorCode.Unauthenticated)).toHaveLength(ceiling);
      expect(codes.filter((code) => code === ErrorCode.TooManyRequests)).toHaveLength(10 - ceiling);

      expect((await signInFrom(strict, office, colleague.email, colleague.password)).errors).toBeUndefined();
      const newcomer = await strict.newAccount();
      expect(codeOf(await signInFrom(strict, office, newcomer.email, newcomer.password))).toBe(ErrorCode.TooManyRequests);
      expect((await signInFrom(strict, '192.0.2.11', newcomer.email, newcomer.password)).errors).toBeUndefined();
    });
  });

  describe('many addresses on one account (a distributed attack)', () => {
    const alertAt = 6;
    let strict: TestContext;

    beforeAll(async () => {
      strict = await TestContext.create({ trustProxy: true, signIn: { freeFailuresPerSource: 2, alertFailuresPerAccount: alertAt } });
    });
    afterAll(() => strict.close());

    it('records one alert for the account and still lets the owner in from a new address', async () => {
      const owner = await strict.newAccount();
      for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) {
        for (let attempt = 0; attempt < 2; attempt++) await signInFrom(strict, address, owner.email, 'wrong');
      }
      const alerts = await strict.dataSource.query<Array<{ account_id: string; failures: number; sources: number }>>(
        `SELECT account_id, failures, sources FROM sign_in_alert WHERE identifier_hash = $1`,
        [hashOf(owner.email)],
      );
      expect(alerts).toEqual([{ account_id: owner.account.id, failures: alertAt, sources: 3 }]);

      expect((await signInFrom(strict, '203.0.113.99', owner.email, owner.password)).errors).toBeUndefined();
    });
  });

  it('counts an IPv6 connection by its /64, and an IPv4 address in IPv6 form as IPv4', () => {
    expect(signInSourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(signInSourceOf('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(signInSourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(signInSourceOf('::1')).toBe('0:0:0:0::/64');
    expect(signInSourceOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(signInSourceOf('192.0.2.1')).toBe('192.0.2.1');
  });

  it('keeps attempts for a day, then deletes them', async () => {
    await ctx.dataSource.query(
      `INSERT INTO sign_in_attempt (identifier_hash, client_address, succeeded, attempted_at)
       VALUES ($1, '192.0.2.1', false, now() - interval '25 hours'),
              ($1, '192.0.2.1', true, now() - interval '2 days'),
              ($2, '192.0.2.1', false, now() - interval '23 hours')`,
      [hashOf('old@prune.example'), hashOf('recent@prune.example')],
    );

    expect(await ctx.app.get(SignInThrottle).pruneExpired()).toBeGreaterThanOrEqual(2);

    expect(await attemptsFor('old@prune.example')).toBe(0);
    expect(await attemptsFor('recent@prune.example')).toBe(1);
  });
});
