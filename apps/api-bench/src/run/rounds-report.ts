import { BenchOptions } from '../cli-args';
import { median, spread, Target, TargetRound, verdict, Verdict } from './rounds';

interface Comparison {
  name: string;
  ours: string;
  base: string;
  /** The issue's target for the ratio of CPU per request; absent: for information. */
  limit?: number;
}

const COMPARISONS: readonly Comparison[] = [
  { name: 'plan page, regisseur: API / same-work floor', ours: 'API: regisseur', base: 'floor: regisseur', limit: 2 },
  { name: 'plan page, partner: API / same-work floor', ours: 'API: partner', base: 'floor: partner', limit: 2 },
  { name: 'plan page, parent: API / same-work floor', ours: 'API: parent', base: 'floor: parent', limit: 2 },
  // One build (the bench server), on pages access control leaves whole (same items either way): only its own cost differs.
  {
    name: 'access control on / off (bench server, regisseur, whole page)',
    ours: 'bench server: regisseur, whole page, access on',
    base: 'bench server: regisseur, whole page, access off',
    limit: 1.15,
  },
  { name: 'API / bench server with access on (same app, other build)', ours: 'API: regisseur, whole page', base: 'bench server: regisseur, whole page, access on' },
  { name: 'heavy family / typical family (API, regisseur)', ours: 'API: heavy family', base: 'API: regisseur', limit: 10 },
  { name: 'heavy family / typical family (floor)', ours: 'floor: heavy family', base: 'floor: regisseur' },
  { name: 'same-work floor / database only', ours: 'floor: regisseur', base: 'database only (one statement)' },
  { name: 'API / database only (regisseur)', ours: 'API: regisseur', base: 'database only (one statement)' },
];

export interface ComparisonResult {
  name: string;
  limit: number | null;
  /** Per round: ours over base, CPU per request of application and PostgreSQL together, and of the application alone. */
  totalRatios: number[];
  appRatios: number[];
  /** Per round: the base's throughput at saturation over ours (how many of our pages one of the base's costs). */
  throughputRatios: number[];
  verdict: Verdict | 'information';
  appVerdict: Verdict | 'information';
}

export interface PlanPageReport {
  targets: Array<{ name: string; rate: number; rounds: TargetRound[] }>;
  comparisons: ComparisonResult[];
  /** Plan items per page in the comparison, per role. */
  items: Record<string, number[]>;
  text: string;
}

function table(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

export function summariseRounds(
  targets: readonly Target[],
  rounds: ReadonlyMap<string, TargetRound[]>,
  items: Record<string, number[]>,
  options: BenchOptions,
): PlanPageReport {
  const users = Math.max(...options.concurrency);
  const of = (name: string) => rounds.get(name) ?? [];
  const targetLines = targets.map((t) => {
    const r = of(t.name);
    const pick = (f: (round: TargetRound) => number, digits = 2) => spread(r.map(f), digits);
    const reached = r.every((round) => round.fixed.throughput >= 0.9 * t.rate);
    return [
      t.name,
      `${t.rate}${reached ? '' : ' (not reached)'}`,
      pick((round) => round.fixed.appCpu),
      pick((round) => round.fixed.pgCpu),
      pick((round) => round.fixed.totalCpu),
      pick((round) => round.saturated.throughput, 0),
      pick((round) => round.saturated.p95, 0),
      String(r.reduce((sum, round) => sum + round.fixed.errors + round.saturated.errors + round.fixed.timeouts + round.saturated.timeouts, 0)),
    ];
  });
  const measured = new Set(targets.map((t) => t.name));
  const missing = COMPARISONS.filter((c) => !measured.has(c.ours) || !measured.has(c.base));
  const comparisons: ComparisonResult[] = COMPARISONS.filter((c) => !missing.includes(c)).map((c) => {
    const ours = of(c.ours);
    const base = of(c.base);
    const per = (f: (round: TargetRound) => number, invert = false) =>
      ours.map((round, i) => (base[i] ? (invert ? f(base[i]) / f(round) : f(round) / f(base[i])) : Number.NaN));
    const totalRatios = per((round) => round.fixed.totalCpu);
    const appRatios = per((round) => round.fixed.appCpu);
    return {
      name: c.name,
      limit: c.limit ?? null,
      totalRatios,
      appRatios,
      throughputRatios: per((round) => round.saturated.throughput, true),
      verdict: c.limit ? verdict(totalRatios, c.limit) : 'information',
      appVerdict: c.limit ? verdict(appRatios, c.limit) : 'information',
    };
  });
  const comparisonLines = comparisons.map((c) => [
    c.name,
    c.limit ? `≤ ${c.limit}x` : '-',
    `${spread(c.totalRatios)}x`,
    c.verdict,
    `${spread(c.appRatios)}x`,
    c.appVerdict,
    `${spread(c.throughputRatios)}x`,
  ]);
  const itemLine = Object.entries(items)
    .map(([role, counts]) => `${role} ${counts.length ? `${Math.min(...counts)}-${Math.max(...counts)} (median ${median(counts)})` : '-'}`)
    .join('; ');
  const text = [
    `Plan page, ${options.rounds} round(s): median (min-max over rounds). CPU in ms per request at the fixed rate, from /proc;`,
    `"app" is the server process (API, access-off server or floor), "PostgreSQL" all of the database's processes.`,
    table(['target', 'rate/s', 'app CPU', 'PostgreSQL CPU', 'total CPU', `req/s at ${users} users`, `p95 ms at ${users} users`, 'errors'], targetLines),
    '',
    'Ratios per round, then median (min-max). Verdict: met when every round is within the target, missed when none is,',
    'undecided when the rounds fall on both sides; fewer than 3 rounds give no verdict. Throughput ratio: base over ours at saturation.',
    table(['comparison', 'target', 'total CPU ratio', 'verdict', 'app CPU ratio', 'verdict (app)', 'throughput ratio'], comparisonLines),
    '',
    `Plan items per page: ${itemLine}.`,
    ...missing.map((c) => `Not measured: ${c.name} (the dataset has no page for it).`),
  ].join('\n');
  return { targets: targets.map((t) => ({ name: t.name, rate: t.rate, rounds: of(t.name) })), comparisons, items, text };
}
