import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line, from /proc or else from ps; null when neither can tell. */
function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return null;
    }
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

export class OrphanedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrphanedDatabaseError';
  }
}

/**
 * When the app was killed (`kill -9`, a crash, a power cut of the terminal),
 * the PostgreSQL it started keeps running on its own and holds the cluster:
 * `postmaster.pid` names it. The caller holds the data folder's instance lock,
 * so no other Gezinsplan uses this cluster and its server is an orphan: it is
 * stopped (a fast shutdown, then an immediate one) before a new one starts.
 * Only a live postgres process whose `postmaster.pid` names this very folder is
 * touched, never a process that merely reuses the number. A stale file with a
 * dead process is left to PostgreSQL, which removes it itself.
 */
export async function stopOrphanedPostgres(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine = '', dataDirLine = ''] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(pidLine, 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const samePlace = existsSync(dataDirLine) && realpathSync(dataDirLine) === realpathSync(clusterDir);
  const command = commandOf(pid);
  if (!samePlace) return;
  if (command === null) {
    throw new OrphanedDatabaseError(
      `Process ${pid} may be a PostgreSQL that an earlier run left running on ${clusterDir}; this system cannot tell. ` +
        `If it is, stop it (kill ${pid}) and start again.`,
    );
  }
  if (!/postgres/.test(command)) return;

  log(`Stopping the embedded PostgreSQL (process ${pid}) that an earlier run left behind in ${clusterDir}`);
  process.kill(pid, 'SIGINT');
  if (await exited(pid, FAST_SHUTDOWN_MS)) return;
  process.kill(pid, 'SIGQUIT');
  if (await exited(pid, IMMEDIATE_SHUTDOWN_MS)) return;
  throw new OrphanedDatabaseError(
    `An earlier run left its PostgreSQL (process ${pid}) running on ${clusterDir}, and it does not stop. ` +
      `Stop it (kill ${pid}) and start again.`,
  );
}
