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
  /** Start time since boot (ticks): tells a reused pid from the process that had it before. */
  start: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14) ... starttime(19).
    return {
      ppid: Number(fields[1]),
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
      start: Number(fields[19]),
    };
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
 * The CPU times of a PostgreSQL server at one moment, in ticks: the
 * postmaster's own and its ended children's, and each running child's (a
 * backend, a parallel worker, a helper) by pid and start time.
 */
export interface ServerSnapshot {
  own: number;
  endedChildren: number;
  running: ReadonlyMap<number, { start: number; own: number }>;
}

/**
 * The server's CPU ticks between two snapshots. Backends come and go during a
 * window (a pool closes an idle connection, opens a new one; parallel
 * workers): a child running at both moments counts its difference; one that
 * started in the window counts all its time; one that ended in the window is
 * in the postmaster's ended-children time with ALL its time, so what it had
 * already used at the first snapshot is taken off. A pid reused by a new
 * process (another start time) is the one that ended plus one that started.
 * (Summing the running children's whole times, as before, made a window in
 * which a busy backend ended come out negative or too low.)
 */
export function serverTicksBetween(before: ServerSnapshot, after: ServerSnapshot): number {
  let ticks = after.own - before.own + (after.endedChildren - before.endedChildren);
  for (const [pid, now] of after.running) {
    const then = before.running.get(pid);
    ticks += then && then.start === now.start ? now.own - then.own : now.own;
  }
  for (const [pid, then] of before.running) {
    const now = after.running.get(pid);
    if (!now || now.start !== then.start) ticks -= then.own;
  }
  return ticks;
}

/**
 * A consistent snapshot: a child that is waited for while /proc is walked
 * would otherwise be missed (gone from the walk, not yet in the ended time)
 * or counted twice, so the walk is repeated until the postmaster's
 * ended-children time is the same before and after it.
 */
export function postgresSnapshot(postmasterPid: number): ServerSnapshot {
  for (let attempt = 0; ; attempt += 1) {
    const root = procStat(postmasterPid);
    if (!root) throw new Error(`PostgreSQL (pid ${postmasterPid}) is gone: cannot read its CPU time`);
    const running = new Map<number, { start: number; own: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = procStat(Number(entry));
      if (stat && stat.ppid === postmasterPid) running.set(Number(entry), { start: stat.start, own: stat.own });
    }
    const again = procStat(postmasterPid);
    if (!again) throw new Error(`PostgreSQL (pid ${postmasterPid}) is gone: cannot read its CPU time`);
    if (again.children === root.children || attempt >= 20) return { own: again.own, endedChildren: root.children, running };
  }
}

/** CPU milliseconds of a PostgreSQL server between two snapshots. */
export function postgresCpuMsBetween(before: ServerSnapshot, after: ServerSnapshot): number {
  return (serverTicksBetween(before, after) * 1000) / TICKS;
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
