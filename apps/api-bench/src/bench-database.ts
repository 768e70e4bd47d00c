import { appendFileSync, mkdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedDatabase } from '@gezinsplan/api/database/embedded-database';

export interface BenchDatabase {
  url: string;
  /** Where logs go: the bench data folder, or a temporary one for an external database. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * A quarter of the memory for PostgreSQL's own cache, as for any server sized
 * for its data (the default 128 MB is sized for a laptop), up to 8 GB.
 */
const BENCH_SETTINGS = {
  shared_buffers: `${Math.min(8192, Math.floor(totalmem() / 4 / 2 ** 20))}MB`,
};

/**
 * BENCH_DATABASE_URL (or DATABASE_URL) when given; otherwise the embedded
 * PostgreSQL with its own folder per scale, .data/bench-<families>, so that a
 * generated dataset is reused by the next run. The load test, which writes,
 * keeps its own folders (.data/load-<families>) so the benchmark's data does
 * not grow under it.
 */
export async function openBenchDatabase(families: number, folder = `bench-${families}`): Promise<BenchDatabase> {
  const dir = resolve(process.cwd(), '.data', folder);
  mkdirSync(dir, { recursive: true });
  const external = process.env['BENCH_DATABASE_URL'] || process.env['DATABASE_URL'];
  if (external) return { url: external, dir, stop: async () => undefined };
  const logFile = join(dir, 'postgres.log');
  console.log(`Embedded PostgreSQL in ${dir} (log: ${logFile})`);
  const embedded = await startEmbeddedDatabase({
    dataDir: dir,
    log: (message) => appendFileSync(logFile, `${message}\n`),
    settings: BENCH_SETTINGS,
  });
  // Ctrl+C must not leave the embedded server running without its owner.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void embedded.stop().finally(() => process.exit(130)));
  }
  return { url: embedded.url, dir, stop: () => embedded.stop() };
}
