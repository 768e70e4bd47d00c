import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/** Clock ticks per second of /proc's CPU times (USER_HZ), 100 on Linux almost everywhere. */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: children that ended and were waited for, in ticks. */
  children: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/** CPU milliseconds a process has used so far (user + system). */
export function processCpuMs(pid: number): number {
  const stat = procStat(pid);
  if (!stat) throw new Error(`process ${pid} is gone: cannot read its CPU time`);
  return (stat.own * 1000) / TICKS;
}

/**
 * CPU milliseconds of a PostgreSQL server so far: the postmaster, every
 * backend and helper it started that is still running, and those that ended
 * (counted in the postmaster's children's time). Backends of a pool stay for
 * the whole run, so a difference over a window is the server's work in it.
 */
export function postgresCpuMs(postmasterPid: number): number {
  const root = procStat(postmasterPid);
  if (!root) throw new Error(`PostgreSQL (pid ${postmasterPid}) is gone: cannot read its CPU time`);
  let ticks = root.own + root.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat && stat.ppid === postmasterPid) ticks += stat.own;
  }
  return (ticks * 1000) / TICKS;
}

/**
 * The postmaster's pid from its data directory, when the server runs on this
 * machine and its folder can be read; null otherwise (then only the
 * application's CPU is measured).
 */
export async function findPostmaster(client: Client): Promise<number | null> {
  try {
    const [row] = (await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`)).rows;
    const pid = Number(readFileSync(join(row.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return procStat(pid) ? pid : null;
  } catch {
    return null;
  }
}
