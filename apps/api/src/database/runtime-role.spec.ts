import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestContext } from '../testing/test-context';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { dataSourceOptions } from './data-source-options';
import { APPEND_ONLY_TABLES, prepareRuntimeRole, RuntimeRoleError } from './runtime-role';

const INSUFFICIENT_PRIVILEGE = '42501';

describe('the runtime database role cannot rewrite history', () => {
  let database: TestDatabase;
  let owner: DataSource;
  let runtime: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = await new DataSource(dataSourceOptions(database.url)).initialize();
    // Twice, as every start does: granting is idempotent.
    await prepareRuntimeRole(owner, database.url, undefined);
    const runtimeUrl = await prepareRuntimeRole(owner, database.url, undefined);
    runtime = new Client({ connectionString: runtimeUrl });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime.end();
    await owner.destroy();
    await database.drop();
  });

  /** The PostgreSQL error code of a statement that must fail. */
  const refusal = async (sql: string): Promise<string | undefined> => {
    try {
      await runtime.query(sql);
    } catch (error) {
      return (error as { code?: string }).code;
    }
    throw new Error(`The runtime role was allowed: ${sql}`);
  };

  it('is a login role of its own that owns nothing', async () => {
    const { rows } = await runtime.query<{ role: string; owned: number }>(
      `SELECT current_user AS role, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned
         FROM pg_roles r WHERE rolname = current_user`,
    );
    expect(rows[0]).toMatchObject({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0 });
    expect(rows[0].role).toMatch(/_runtime$/);
  });

  it.each(APPEND_ONLY_TABLES)('may only add to and read %s: UPDATE, DELETE and TRUNCATE are refused by privilege', async (table) => {
    await runtime.query(`SELECT * FROM ${table} LIMIT 1`);
    const [{ column }] = (await owner.query(
      `SELECT column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER' LIMIT 1`,
      [table],
    )) as Array<{ column: string }>;
    expect(await refusal(`UPDATE ${table} SET ${column} = ${column}`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`DELETE FROM ${table}`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`TRUNCATE ${table}`)).toBe(INSUFFICIENT_PRIVILEGE);
    const { rows } = await runtime.query<{ may: boolean }>(`SELECT has_table_privilege(current_user, $1, 'INSERT') AS may`, [table]);
    expect(rows[0].may).toBe(true);
  });

  it('can neither alter nor drop a table, nor disable its triggers, nor create one', async () => {
    expect(await refusal(`ALTER TABLE access_log DISABLE TRIGGER access_log_append_only`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`ALTER TABLE access_log DISABLE TRIGGER ALL`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`ALTER TABLE plan_item ADD COLUMN rewritten boolean`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`DROP TABLE plan_item_revision`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`CREATE TABLE public.shadow (id int)`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(`TRUNCATE plan_item`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('cannot switch triggers off for its session (session_replication_role)', async () => {
    expect(await refusal(`SET session_replication_role = replica`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('cannot read or change the migrations', async () => {
    expect(await refusal(`SELECT * FROM migrations`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('reads and writes the ordinary tables', async () => {
    await runtime.query(`UPDATE plan_item SET status = status WHERE false`);
    await runtime.query(`DELETE FROM session WHERE false`);
    await runtime.query(`SELECT count(*) FROM family`);
  });

  // Trigger type bit 16 is UPDATE: plan_item refuses only deletes and stays an ordinary table.
  it('lists every table whose trigger refuses updates as append-only', async () => {
    const rows = (await owner.query(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE NOT t.tgisinternal AND p.proname = 'refuse_change' AND (t.tgtype & 16) <> 0`,
    )) as Array<{ table: string }>;
    expect(rows.map((row) => row.table).sort()).toEqual([...APPEND_ONLY_TABLES].sort());
  });

  it('refuses a runtime URL that names the owner', async () => {
    await expect(prepareRuntimeRole(owner, database.url, database.url)).rejects.toBeInstanceOf(RuntimeRoleError);
  });
});

describe('the app runs as the runtime role', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('connects as a role that owns nothing, not as the owner that migrated', async () => {
    const [{ role }] = (await ctx.dataSource.query(`SELECT current_user AS role`)) as Array<{ role: string }>;
    expect(role).toMatch(/_runtime$/);
    expect(await ctx.anonymous().request(`{ me { id } }`)).toMatchObject({ data: { me: null } });
  });
});
