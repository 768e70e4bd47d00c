import { ErrorCode } from '@gezinsplan/domain';
import { Pool, PoolClient } from 'pg';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { SERVER_BUSY_MESSAGE } from '../common/errors/database-unavailable';
import { CREATE_FAMILY, PLAN_PAGE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const ME = `{ me { id } }`;

function poolOf(ctx: TestContext): Pool {
  const driver = ctx.dataSource.driver;
  if (!(driver instanceof PostgresDriver) || !(driver.master instanceof Pool)) throw new Error('The app does not run on a pg pool');
  return driver.master;
}

/**
 * Slow statements at 100,000 families held all pool connections, and the requests queued behind
 * them were told the database was out of reach (docs/performance.md). The database is up then:
 * the answer says the server is busy.
 */
describe('when every database connection stays in use', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('answers SERVER_BUSY (not SERVICE_UNAVAILABLE) while the pool is full, and serves again once a connection is free', async () => {
    const person = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    const session = await ctx.signIn(person);
    const { createFamily: family } = await session.data<{ createFamily: { id: string } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Druk',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Sam', familyName: 'Druk', role: 'PARENT', dateOfBirth: '1980-03-03', hasParentalAuthority: true }],
        network: [],
      },
    });
    const pool = poolOf(ctx);
    const held: PoolClient[] = [];
    try {
      // What a burst of slow statements does: every connection the pool may open is taken.
      while (pool.totalCount < pool.options.max || pool.idleCount > 0) held.push(await pool.connect());

      for (const [operation, variables] of [[ME, {}], [PLAN_PAGE, { id: family.id }]] as const) {
        const result = await session.request(operation, variables);
        expect(result.errors?.map((e) => ({ code: e.extensions?.['code'], message: e.message }))).toEqual([
          { code: ErrorCode.ServerBusy, message: SERVER_BUSY_MESSAGE },
        ]);
      }
      const health = await fetch(`${ctx.baseUrl}/health`);
      expect({ status: health.status, body: (await health.json()) as unknown }).toEqual({ status: 503, body: { status: 'error', database: 'busy' } });
    } finally {
      for (const client of held) client.release();
    }

    expect(await session.data(ME)).toEqual({ me: { id: person.account.id } });
    const page = await session.data<{ family: { id: string } }>(PLAN_PAGE, { id: family.id });
    expect(page.family.id).toBe(family.id);
  }, 60_000);
});
