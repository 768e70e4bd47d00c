import { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import { summarise, Summary } from './stats';

/** As many database connections as the API's pool (data-source-options.ts), so both queue alike. */
const POOL_SIZE = 20;

/**
 * Runs one statement from `users` concurrent loops for `seconds`, rotating
 * through the parameters, and summarises the latencies: the same shape of
 * load as autocannon puts on the API, straight on the database.
 */
export async function runFloor(url: string, sql: string, params: readonly string[], users: number, seconds: number): Promise<Summary> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE, application_name: 'gezinsplan-bench-floor' });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: users }, async () => {
        while (performance.now() < until) {
          const param = params[next++ % params.length];
          const t0 = performance.now();
          try {
            await pool.query(sql, [param]);
            latencies.push(performance.now() - t0);
          } catch {
            errors += 1;
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return summarise(latencies, (performance.now() - started) / 1000, errors, 0);
}
