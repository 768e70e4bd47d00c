import { ErrorCode } from '@gezinsplan/domain';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedDatabaseProcess, isAlive, postmasterOf, startEmbeddedDatabaseProcess } from '../testing/embedded-database-process';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';

const ME = `{ me { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

async function health(ctx: TestContext): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${ctx.baseUrl}/health`);
  return { status: response.status, body: await response.json() };
}

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${withinMs} ms; last: ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

describe('when the database goes away and comes back', () => {
  let dataDir: string;
  let database: EmbeddedDatabaseProcess;
  let ctx: TestContext;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gezinsplan-outage-'));
    // As root, PostgreSQL runs as the user "postgres", who must enter the folder.
    chmodSync(dataDir, 0o755);
    database = startEmbeddedDatabaseProcess(dataDir);
    ctx = await TestContext.onDatabase(await database.url, { notifications: { worker: false } });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers SERVICE_UNAVAILABLE and /health down while the database is killed, and recovers without a restart', async () => {
    const person = await ctx.newAccount();
    const session = await ctx.signIn(person);
    expect(await session.data(ME)).toEqual({ me: { id: person.account.id } });
    expect(await health(ctx)).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });

    // Killed, not stopped: the server and the process that started it, as in a crash.
    const port = Number(new URL(await database.url).port);
    const postmaster = postmasterOf(dataDir);
    process.kill(postmaster, 'SIGKILL');
    await database.kill();
    await until('the server ending', async () => isAlive(postmaster), (alive) => !alive);

    expect(await health(ctx)).toEqual({ status: 503, body: { status: 'error', database: 'down' } });
    for (const [who, operation, variables] of [
      [session, ME, {}],
      [ctx.anonymous(), SIGN_IN, { input: { email: person.email, password: person.password } }],
    ] as Array<[GraphQLSession, string, Record<string, unknown>]>) {
      const result = await who.request(operation, variables);
      expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.ServiceUnavailable);
      expect(result.errors?.[0].message).toBe(
        'Gezinsplan cannot reach its database at the moment, so nothing was done. Please try again in a minute.',
      );
    }

    database = startEmbeddedDatabaseProcess(dataDir, port);
    await database.url;
    await until('/health saying ok', () => health(ctx), (answer) => answer.status === 200);
    expect(await health(ctx)).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    expect(await session.data(ME)).toEqual({ me: { id: person.account.id } });
    expect((await ctx.signIn(person)).hasSessionCookie).toBe(true);
  }, 120_000);
});
