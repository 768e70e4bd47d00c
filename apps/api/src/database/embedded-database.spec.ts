import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A run of the app's database start in a Node process of its own, as `npm start` does (the
 * embedded PostgreSQL package is an ES module that Jest's module system cannot load). It
 * prints the URL once the database is up, and stops it when told to on stdin.
 */
const RUN = `
const { startEmbeddedDatabase } = require(${JSON.stringify(join(__dirname, 'embedded-database.ts'))});
startEmbeddedDatabase({ dataDir: process.argv[2], log: (message) => process.stderr.write(message + '\\n') }).then(
  (database) => {
    console.log('URL ' + database.url);
    process.stdin.once('data', () => database.stop().then(() => process.exit(0)));
  },
  (error) => {
    console.error('FAILED', error);
    process.exit(1);
  },
);
`;

interface Run {
  child: ChildProcess;
  url: Promise<string>;
  log: () => string;
}

function startRun(dataDir: string): Run {
  const scriptFile = join(dataDir, 'run.js');
  writeFileSync(scriptFile, RUN);
  const child = spawn(process.execPath, ['-r', 'ts-node/register', scriptFile, dataDir], {
    env: {
      ...process.env,
      TS_NODE_SWC: 'true',
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', ignoreDeprecations: '6.0' }),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /URL (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`The start ended (code ${code}) before the database was up:\n${log}`)));
  });
  return { child, url, log: () => log };
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded database after the app was killed with kill -9', () => {
  let dataDir: string;
  const runs: Run[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gezinsplan-orphan-'));
    // As root, PostgreSQL runs as the user "postgres", who must enter the folder.
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    for (const run of runs) run.child.kill('SIGKILL');
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    try {
      process.kill(Number.parseInt(readFileSync(pidFile, 'utf8'), 10), 'SIGINT');
    } catch {
      // Nothing left running.
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops the PostgreSQL the killed run left on its data folder, and starts', async () => {
    const killedRun = startRun(dataDir);
    runs.push(killedRun);
    await killedRun.url;
    const orphan = Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
    killedRun.child.kill('SIGKILL');
    await exited(killedRun.child);
    expect(isAlive(orphan)).toBe(true);

    const nextRun = startRun(dataDir);
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
    nextRun.child.stdin?.write('stop\n');
    expect(await exited(nextRun.child)).toBe(0);
  }, 120_000);
});
