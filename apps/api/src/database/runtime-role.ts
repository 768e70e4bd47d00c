import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * The schemas whose tables and sequences the app uses at run time. A schema
 * made by a migration (the job queue's `pgboss`) is added here and granted
 * once it exists; one that does not exist (yet) is skipped.
 */
export const APP_SCHEMAS = ['public', 'pgboss'] as const;

/**
 * Tables the app may only add to and read: history that must never be
 * rewritten. The runtime role gets INSERT and SELECT on them, nothing else;
 * their triggers refuse UPDATE, DELETE and TRUNCATE from anyone on top.
 * `runtime-role.spec.ts` fails when a table with an append-only trigger is missing here.
 */
export const APPEND_ONLY_TABLES = [
  'access_log',
  'plan_item_revision',
  'family_member_revision',
  'network_member_revision',
  'plan_version',
  'plan_version_item',
  'plan_closure',
] as const;

/** Tables only migrations touch: the runtime role gets nothing on them. */
const MIGRATION_TABLES = ['migrations'] as const;

const RUNTIME_ROLE_SUFFIX = '_runtime';

export class RuntimeRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeRoleError';
  }
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The runtime role's password when the app makes the role itself: derived from
 * the owner's password, so every instance and every start arrives at the same
 * one without storing it, and only who knows the owner's password knows it.
 * Without an owner password (trust or peer authentication) the role gets none.
 */
function derivedPassword(ownerPassword: string): string | null {
  if (!ownerPassword) return null;
  return createHmac('sha256', ownerPassword).update('gezinsplan runtime role').digest('base64url');
}

/** Creates or updates the login role the app runs as; concurrent starts arrive at the same role. */
async function ensureRole(owner: DataSource, role: string, password: string | null): Promise<void> {
  // A new role has none of the powerful attributes; naming them in ALTER would need a superuser.
  // assertRuntimeRoleOwnsNothing checks the result.
  const attributes = `LOGIN PASSWORD ${password === null ? 'NULL' : quoteLiteral(password)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      const [existing] = (await owner.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])) as unknown[];
      await owner.query(`${existing ? 'ALTER' : 'CREATE'} ROLE ${quoteIdentifier(role)} ${existing ? 'WITH ' : ''}${attributes}`);
      return;
    } catch (error) {
      // Another instance (or test file) created or altered it at the same moment: look again.
      const code = (error as { code?: string }).code;
      const raced = code === '42710' || code === '23505' || code === 'XX000';
      if (!raced || attempt >= 5) throw error;
    }
  }
}

/**
 * What the runtime role may do, granted again at every start after the
 * migrations (so tables a migration added are covered): read and write the
 * ordinary tables of every app schema, only add to and read the append-only
 * ones, use their sequences; own nothing, so it can neither ALTER nor DROP a
 * table, disable a trigger or TRUNCATE.
 */
export async function grantRuntimeRole(owner: DataSource, role: string): Promise<void> {
  const grantee = quoteIdentifier(role);
  const [{ database }] = (await owner.query(`SELECT current_database() AS database`)) as Array<{ database: string }>;
  await owner.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdentifier(database)} TO ${grantee}`);
  const present = (await owner.query(`SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)`, [[...APP_SCHEMAS]])) as Array<{ nspname: string }>;
  for (const { nspname } of present) {
    const schema = quoteIdentifier(nspname);
    await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${grantee}`);
    await owner.query(`REVOKE CREATE ON SCHEMA ${schema} FROM ${grantee}`);
    await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${grantee}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${grantee}`);
    await owner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${grantee}`);
  }
  const restricted = (await owner.query(
    `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)`,
    [[...APPEND_ONLY_TABLES, ...MIGRATION_TABLES]],
  )) as Array<{ table_schema: string; table_name: string }>;
  for (const { table_schema, table_name } of restricted) {
    const table = `${quoteIdentifier(table_schema)}.${quoteIdentifier(table_name)}`;
    await owner.query(`REVOKE ALL ON ${table} FROM ${grantee}`);
    if ((APPEND_ONLY_TABLES as readonly string[]).includes(table_name)) await owner.query(`GRANT SELECT, INSERT ON ${table} TO ${grantee}`);
  }
}

/**
 * The connection the app runs on. With `runtimeUrl` given, its role is used
 * (created by the deployer); otherwise the owner makes `<owner>_runtime`
 * itself, which needs the CREATEROLE attribute (the embedded database's and
 * the compose file's superuser have it). Either way the grants are applied.
 */
export async function prepareRuntimeRole(owner: DataSource, ownerUrl: string, runtimeUrl: string | undefined): Promise<string> {
  if (runtimeUrl) {
    const role = decodeURIComponent(new URL(runtimeUrl).username);
    const ownerRole = decodeURIComponent(new URL(ownerUrl).username);
    if (!role || role === ownerRole) {
      throw new RuntimeRoleError('DATABASE_RUNTIME_URL must name its own role, not the owner of DATABASE_URL (see docs/deployment.md).');
    }
    const [exists] = (await owner.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])) as unknown[];
    if (!exists) throw new RuntimeRoleError(`The role "${role}" of DATABASE_RUNTIME_URL does not exist: create it first (see docs/deployment.md).`);
    await grantRuntimeRole(owner, role);
    return runtimeUrl;
  }
  const [{ user, mayCreateRoles }] = (await owner.query(
    `SELECT current_user AS user, (rolsuper OR rolcreaterole) AS "mayCreateRoles" FROM pg_roles WHERE rolname = current_user`,
  )) as Array<{ user: string; mayCreateRoles: boolean }>;
  if (!mayCreateRoles) {
    throw new RuntimeRoleError(
      `The role "${user}" of DATABASE_URL may not create roles, so the app cannot make the role it runs as. ` +
        'Create a login role that owns nothing and set DATABASE_RUNTIME_URL to it (see docs/deployment.md), or grant this role CREATEROLE.',
    );
  }
  const role = `${user}${RUNTIME_ROLE_SUFFIX}`;
  const url = new URL(ownerUrl);
  const password = derivedPassword(decodeURIComponent(url.password));
  await ensureRole(owner, role, password);
  await grantRuntimeRole(owner, role);
  url.username = encodeURIComponent(role);
  url.password = password === null ? '' : encodeURIComponent(password);
  return url.toString();
}

/** Refuses to run on a connection that could rewrite history: a superuser, or one that owns a table. */
export async function assertRuntimeRoleOwnsNothing(runtime: DataSource): Promise<void> {
  const [row] = (await runtime.query(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relowner = r.oid AND n.nspname = ANY($1)) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    [[...APP_SCHEMAS]],
  )) as Array<{ role: string; superuser: boolean; owned: number }>;
  if (row.superuser || row.owned > 0) {
    throw new RuntimeRoleError(`The app would run as "${row.role}", which ${row.superuser ? 'is a superuser' : 'owns tables'}: it must own nothing.`);
  }
}
