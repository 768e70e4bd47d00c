// Runs in plain Node, outside Jest's module mapping: import nothing that uses the @gezinsplan/* paths.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { TEST_ADMIN_URL_VARIABLE } from './test-env';

declare global {
  var gezinsplanTestDatabase: { stop(): Promise<void>; dataDir: string } | undefined;
}

/**
 * Runs once per `jest` run, in plain Node. Uses TEST_DATABASE_URL when given;
 * otherwise starts a throw-away embedded PostgreSQL.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['TEST_DATABASE_URL'];
  if (external) {
    process.env[TEST_ADMIN_URL_VARIABLE] = external;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'gezinsplan-test-'));
  // mkdtemp makes the folder private; as root, the "postgres" user must enter it.
  chmodSync(dataDir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir, log: () => undefined, persistent: false });
  globalThis.gezinsplanTestDatabase = { stop: () => database.stop(), dataDir };
  process.env[TEST_ADMIN_URL_VARIABLE] = database.url;
}
