import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's database start in a Node process of its own, as `npm start` runs it: the
 * embedded PostgreSQL package is an ES module that Jest's module system cannot load.
 * It prints the URL once the database is up and stops it when told to on stdin.
 */
const RUN = `
const { startEmbeddedDatabase } = require(${JSON.stringify(join(__dirname, '../database/embedded-database.ts'))});
const [dataDir, port] = process.argv.slice(2);
startEmbeddedDatabase({ dataDir, port: port ? Number(port) : undefined, log: (message) => process.stderr.write(message + '\\n') }).then(
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

export interface EmbeddedDatabaseProcess {
  readonly child: ChildProcess;
  /** The database's URL, once it is up; rejects when the start fails. */
  readonly url: Promise<string>;
  /** What the start and the server logged so far. */
  log(): string;
  /** Stops the database cleanly and waits for the process to end; its exit code. */
  stop(): Promise<number | null>;
  /** `kill -9` of this Node process: the database it started keeps running. */
  kill(): Promise<void>;
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
}

/** The process id in the cluster's `postmaster.pid`: the running PostgreSQL server. */
export function postmasterOf(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function startEmbeddedDatabaseProcess(dataDir: string, port?: number): EmbeddedDatabaseProcess {
  const scriptFile = join(dataDir, 'start-database.js');
  writeFileSync(scriptFile, RUN);
  const child = spawn(process.execPath, ['-r', 'ts-node/register', scriptFile, dataDir, ...(port ? [String(port)] : [])], {
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
    child.once('exit', (code) => reject(new Error(`The database start ended (code ${code}) before the database was up:\n${log}`)));
  });
  return {
    child,
    url,
    log: () => log,
    stop: () => {
      child.stdin?.write('stop\n');
      return exitOf(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exitOf(child);
    },
  };
}
