import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

export type ScanCounts = Map<string, number>;

/** Rows read by sequential scans so far, per table of the app. */
export async function seqScanRows(client: Client): Promise<ScanCounts> {
  // Idle backends report their statistics within about ten seconds; wait for the last ones.
  await sleep(11_000);
  const { rows } = await client.query<{ relname: string; rows: string }>(
    `SELECT relname, seq_tup_read AS rows FROM pg_stat_user_tables WHERE schemaname = 'public'`,
  );
  return new Map(rows.map((row) => [row.relname, Number(row.rows)]));
}

/**
 * Per request: rows read by sequential scans, in total and for the three
 * tables that read most. Small tables are scanned by choice (cheaper than an
 * index); a big table here is an access path without an index.
 */
export function scanGrowth(before: ScanCounts, after: ScanCounts, requests: number): string {
  if (requests === 0) return '-';
  const perTable = [...after]
    .map(([table, count]) => [table, (count - (before.get(table) ?? 0)) / requests] as const)
    .filter(([, read]) => read >= 1)
    .sort((a, b) => b[1] - a[1]);
  const total = perTable.reduce((sum, [, read]) => sum + read, 0);
  if (total === 0) return '0';
  return `${Math.round(total)} (${perTable.slice(0, 3).map(([table, read]) => `${table} ${Math.round(read)}`).join(', ')})`;
}
