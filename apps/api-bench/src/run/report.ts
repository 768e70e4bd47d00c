import { Summary } from './stats';

export interface Row {
  operation: string;
  users: number;
  /** Null for an operation that cannot be measured yet; `note` says why. */
  summary: Summary | null;
  scans: string;
  ratios: string;
  note?: string;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

export function ratio(ours: Summary | null | undefined, base: Summary | null | undefined): string {
  if (!ours || !base || !(base.p95 > 0) || !Number.isFinite(ours.p95)) return '-';
  return `${(ours.p95 / base.p95).toFixed(2)}x`;
}

/** The results as a fixed-width table, one line per operation and concurrency. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['operation', 'users', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'timeouts', 'p95 ratio'];
  const lines = rows.map((row) =>
    row.summary
      ? [row.operation, String(row.users), row.summary.throughput.toFixed(0), ms(row.summary.p50), ms(row.summary.p95),
          ms(row.summary.p99), String(row.summary.errors), String(row.summary.timeouts), row.ratios]
      : [row.operation, String(row.users), '-', '', '', '', '', '', '(see below)'],
  );
  const notes = [...new Set(rows.filter((row) => !row.summary).map((row) => `${row.operation}: ${row.note ?? 'not measured'}`))];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format), '', ...notes].join('\n');
}

/** The same rows as a Markdown table, for docs/performance.md. */
export function formatMarkdown(rows: readonly Row[]): string {
  const lines = ['| operation | users | req/s | p50 ms | p95 ms | p99 ms | errors | timeouts | p95 ratio |', '|---|--:|--:|--:|--:|--:|--:|--:|---|'];
  for (const row of rows) {
    const s = row.summary;
    lines.push(s
      ? `| ${row.operation} | ${row.users} | ${s.throughput.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errors} | ${s.timeouts} | ${row.ratios} |`
      : `| ${row.operation} | ${row.users} | ${row.note ?? 'not measured'} | | | | | | |`);
  }
  return lines.join('\n');
}
