import { DataSource } from 'typeorm';

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so that several
 * API instances starting at once apply each migration exactly once; the
 * others wait and then find nothing left to do.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('gezinsplan:migrations'))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('gezinsplan:migrations'))`).catch(() => undefined);
    await runner.release();
  }
}
