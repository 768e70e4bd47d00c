import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabaseProcess, isAlive, postmasterOf, startEmbeddedDatabaseProcess } from '../testing/embedded-database-process';

describe('the embedded database after the app was killed with kill -9', () => {
  let dataDir: string;
  const runs: EmbeddedDatabaseProcess[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gezinsplan-orphan-'));
    // As root, PostgreSQL runs as the user "postgres", who must enter the folder.
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    for (const run of runs) await run.kill();
    try {
      process.kill(postmasterOf(dataDir), 'SIGINT');
    } catch {
      // Nothing left running.
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops the PostgreSQL the killed run left on its data folder, and starts', async () => {
    const killedRun = startEmbeddedDatabaseProcess(dataDir);
    runs.push(killedRun);
    await killedRun.url;
    const orphan = postmasterOf(dataDir);
    await killedRun.kill();
    expect(isAlive(orphan)).toBe(true);

    const nextRun = startEmbeddedDatabaseProcess(dataDir);
    runs.push(nextRun);
    const url = await nextRun.url;
    expect(isAlive(orphan)).toBe(false);
    expect(nextRun.log()).toContain(
      `Stopping the embedded PostgreSQL (process ${orphan}) that an earlier run left behind in ${join(dataDir, 'postgres')}`,
    );
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query<{ answer: number }>('SELECT 1 AS answer')).rows).toEqual([{ answer: 1 }]);
    } finally {
      await client.end();
    }
    expect(await nextRun.stop()).toBe(0);
  }, 120_000);
});
