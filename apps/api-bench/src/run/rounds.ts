import { postgresCpuMsBetween, postgresSnapshot, processCpuMs } from './cpu';
import { Call, LoadResult, rotate, runLoad } from './load';

/** One server and the calls it is measured with. */
export interface Target {
  name: string;
  url: string;
  path?: string;
  calls: Call[];
  /** The process whose CPU time is the application's share. */
  pid: number;
  /** Requests per second of the fixed-rate window. */
  rate: number;
}

export interface Window extends LoadResult {
  /** CPU milliseconds per completed request: the server process, PostgreSQL (NaN when not measurable), both. */
  appCpu: number;
  pgCpu: number;
  totalCpu: number;
}

export interface TargetRound {
  /** At the fixed rate, below saturation: the CPU per request. */
  fixed: Window;
  /** As fast as `users` connections go: throughput at saturation, and the p95 (for information only). */
  saturated: Window;
}

export interface RoundsSettings {
  rounds: number;
  seconds: number;
  /** Connections of the saturation window (and the p95 "at N users"). */
  users: number;
  timeout: number;
  postmaster: number | null;
  log: (line: string) => void;
}

async function measureWindow(target: Target, connections: number, seconds: number, rate: number | undefined, settings: RoundsSettings): Promise<Window> {
  const pg0 = settings.postmaster ? postgresSnapshot(settings.postmaster) : null;
  const app0 = processCpuMs(target.pid);
  const result = await runLoad(target.url, rotate(target.calls), connections, seconds, { rate, path: target.path, timeout: settings.timeout });
  const app = processCpuMs(target.pid) - app0;
  const pg = settings.postmaster && pg0 ? postgresCpuMsBetween(pg0, postgresSnapshot(settings.postmaster)) : Number.NaN;
  const per = (ms: number) => (result.requests > 0 ? ms / result.requests : Number.NaN);
  return { ...result, appCpu: per(app), pgCpu: per(pg), totalCpu: per(Number.isNaN(pg) ? app : app + pg) };
}

/**
 * Every target once per round, in the same order, for `rounds` rounds: a
 * slow spell of the machine then touches all targets of a round alike, and
 * the spread between rounds shows how far a figure can be trusted.
 */
export async function measureRounds(targets: readonly Target[], settings: RoundsSettings): Promise<Map<string, TargetRound[]>> {
  const results = new Map<string, TargetRound[]>(targets.map((t) => [t.name, []]));
  // A warm-up per target (JIT, caches, pools) when the windows are long enough to be worth one.
  if (settings.seconds >= 5) {
    for (const target of targets) await runLoad(target.url, rotate(target.calls), settings.users, 3, { path: target.path, timeout: settings.timeout });
  }
  for (let round = 1; round <= settings.rounds; round++) {
    settings.log(`\nRound ${round} of ${settings.rounds}:`);
    for (const target of targets) {
      const fixed = await measureWindow(target, Math.min(settings.users, 10), settings.seconds, target.rate, settings);
      const saturated = await measureWindow(target, settings.users, settings.seconds, undefined, settings);
      results.get(target.name)?.push({ fixed, saturated });
      settings.log(
        `  ${target.name}: at ${fixed.throughput.toFixed(1)}/s (asked ${target.rate}) CPU ${fmt(fixed.appCpu)} + PostgreSQL ${fmt(fixed.pgCpu)} ms/request; ` +
          `saturated ${saturated.throughput.toFixed(0)}/s, p95 at ${settings.users} users ${saturated.p95.toFixed(0)} ms; ` +
          `errors ${fixed.errors + saturated.errors}, timeouts ${fixed.timeouts + saturated.timeouts}`,
      );
    }
  }
  return results;
}

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '-');

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median with the range over rounds, e.g. "4.12 (3.98-4.40)". */
export function spread(values: readonly number[], digits = 2): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '-';
  const m = median(finite).toFixed(digits);
  if (finite.length === 1) return m;
  return `${m} (${Math.min(...finite).toFixed(digits)}-${Math.max(...finite).toFixed(digits)})`;
}

export type Verdict = 'met' | 'missed' | 'undecided' | 'no verdict';

/**
 * A target is met when every round's ratio is within it, missed when none
 * is, and undecided when the rounds fall on both sides: the spread then does
 * not allow a verdict. Fewer than three rounds give none.
 */
export function verdict(ratios: readonly number[], limit: number): Verdict {
  const finite = ratios.filter(Number.isFinite);
  if (finite.length < 3) return 'no verdict';
  if (Math.max(...finite) <= limit) return 'met';
  if (Math.min(...finite) > limit) return 'missed';
  return 'undecided';
}
