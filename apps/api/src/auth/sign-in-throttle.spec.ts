import { ErrorCode } from '@gezinsplan/domain';
import { createHash } from 'node:crypto';
import { TestContext } from '../testing/test-context';
import { SignInThrottle } from './sign-in-throttle.service';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const ALLOWED_FAILURES = 5;
const WINDOW_MINUTES = 15;

describe('sign-in throttling under bursts', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({
      signIn: { maxFailuresPerAccount: ALLOWED_FAILURES, maxFailuresPerAddress: 1000, windowMinutes: WINDOW_MINUTES },
    });
  });
  afterAll(() => ctx.close());

  const attemptsFor = async (email: string) => {
    const hash = createHash('sha256').update(email).digest();
    const [row] = await ctx.dataSource.query<Array<{ attempts: number }>>(
      `SELECT count(*)::int AS attempts FROM sign_in_attempt WHERE identifier_hash = $1`,
      [hash],
    );
    return row.attempts;
  };

  it('checks at most the allowed number of 20 parallel wrong passwords and refuses the rest', async () => {
    const person = await ctx.newAccount();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => ctx.anonymous().request(SIGN_IN, { input: { email: person.email, password: 'wrong' } })),
    );
    const codes = results.map((result) => result.errors?.[0].extensions?.['code']);
    const checked = codes.filter((code) => code === ErrorCode.Unauthenticated).length;
    const refused = results.filter((result) => result.errors?.[0].extensions?.['code'] === ErrorCode.TooManyRequests);

    expect(checked).toBe(ALLOWED_FAILURES);
    expect(refused).toHaveLength(20 - ALLOWED_FAILURES);
    for (const result of refused) {
      expect(result.errors?.[0].message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minute\(s\)\.$/);
      expect(result.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    }
    expect(await attemptsFor(person.email)).toBe(ALLOWED_FAILURES);
  });

  it('also refuses the right password once a burst used up the attempts', async () => {
    const person = await ctx.newAccount();
    await Promise.all(
      Array.from({ length: 10 }, () => ctx.anonymous().request(SIGN_IN, { input: { email: person.email, password: 'wrong' } })),
    );
    expect(await ctx.anonymous().errorCode(SIGN_IN, { input: { email: person.email, password: person.password } })).toBe(
      ErrorCode.TooManyRequests,
    );
  });

  it('counts a successful sign-in as no failure', async () => {
    const person = await ctx.newAccount();
    for (let attempt = 0; attempt < ALLOWED_FAILURES + 2; attempt++) await ctx.signIn(person);
    const [row] = await ctx.dataSource.query<Array<{ failures: number; successes: number }>>(
      `SELECT count(*) FILTER (WHERE NOT succeeded)::int AS failures, count(*) FILTER (WHERE succeeded)::int AS successes
         FROM sign_in_attempt WHERE identifier_hash = $1`,
      [createHash('sha256').update(person.email).digest()],
    );
    expect(row).toEqual({ failures: 0, successes: ALLOWED_FAILURES + 2 });
  });

  it('checks at most the allowed number of 10 parallel wrong passwords from one address on 10 accounts', async () => {
    const allowedFromAddress = 4;
    const strictAddress = await TestContext.create({ signIn: { maxFailuresPerAccount: 100, maxFailuresPerAddress: allowedFromAddress } });
    try {
      const people = await Promise.all(Array.from({ length: 10 }, () => strictAddress.newAccount()));
      const results = await Promise.all(
        people.map((person) => strictAddress.anonymous().request(SIGN_IN, { input: { email: person.email, password: 'wrong' } })),
      );
      const codes = results.map((result) => result.errors?.[0].extensions?.['code']);
      expect(codes.filter((code) => code === ErrorCode.Unauthenticated)).toHaveLength(allowedFromAddress);
      expect(codes.filter((code) => code === ErrorCode.TooManyRequests)).toHaveLength(10 - allowedFromAddress);
    } finally {
      await strictAddress.close();
    }
  });

  it('deletes the attempts that fell out of the window and keeps the recent ones', async () => {
    const hashOf = (name: string) => createHash('sha256').update(name).digest();
    await ctx.dataSource.query(
      `INSERT INTO sign_in_attempt (identifier_hash, client_address, succeeded, attempted_at)
       VALUES ($1, '192.0.2.1', false, now() - make_interval(mins => $3 + 1)),
              ($1, '192.0.2.1', true, now() - interval '2 days'),
              ($2, '192.0.2.1', false, now() - make_interval(mins => $3 - 1))`,
      [hashOf('old@prune.example'), hashOf('recent@prune.example'), WINDOW_MINUTES],
    );

    expect(await ctx.app.get(SignInThrottle).pruneExpired()).toBeGreaterThanOrEqual(2);

    expect(await attemptsFor('old@prune.example')).toBe(0);
    expect(await attemptsFor('recent@prune.example')).toBe(1);
  });
});
