// Imported here so the bundle's pruned dependencies list it (TypeORM loads it at run time).
import 'pg';
import { Client } from 'pg';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { openBenchDatabase } from './bench-database';
import { parseArgs } from './cli-args';
import { ensureDataset } from './dataset/load-dataset';
import { startApi } from './run/api-process';
import { findPostmaster } from './run/cpu';
import { measureAll } from './run/measure';
import { exitWith } from './run/exit-with';

/**
 * `npm run bench -- --families N`: the dataset (generated when absent), the
 * real API in production mode from its production bundle, the same app with
 * access control off and the same-work floor from the bench bundle, the
 * answers compared, then every measurement, on loopback, each bounded in
 * time. Exits non-zero on any failed request or differing answer.
 */
async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const root = process.cwd();
  const database = await openBenchDatabase(options.families);
  const stops: Array<() => Promise<void>> = [() => database.stop()];
  try {
    const marker = await ensureDataset(database.url, options);
    console.log(`Dataset: ${marker.families} families (seed ${marker.seed}, ${marker.rows['plan_item']} plan items, ` +
      `${marker.rows['access_log']} access-log lines), generated in ${marker.seconds} s`);
    // The real API first: it runs the migrations, which the second server then finds done.
    const profileDir = options.profile ? join(database.dir, 'profiles') : undefined;
    const api = await startApi(resolve(root, 'dist/apps/api/main.js'), database.url, join(database.dir, 'api.log'), { profileDir });
    if (profileDir) console.log(`The API writes its CPU profile into ${profileDir} when it stops`);
    stops.unshift(() => api.stop());
    const benchServer = resolve(root, 'dist/apps/api-bench/bench-server.js');
    const open = await startApi(benchServer, database.url, join(database.dir, 'bench-server.log'), { env: { BENCH_ACCESS_CONTROL: 'off' } });
    stops.unshift(() => open.stop());
    // The same server with access control on: on / off then compares two apps built the same way.
    const twin = await startApi(benchServer, database.url, join(database.dir, 'bench-server-on.log'), { env: { BENCH_ACCESS_CONTROL: 'on' } });
    stops.unshift(() => twin.stop());
    const floor = await startApi(resolve(root, 'dist/apps/api-bench/floor-server.js'), database.url, join(database.dir, 'floor-server.log'));
    stops.unshift(() => floor.stop());
    const client = new Client({ connectionString: database.url, application_name: 'gezinsplan-bench' });
    await client.connect();
    stops.unshift(() => client.end());
    const [server] = (await client.query<{ version: string; buffers: string }>(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers`)).rows;
    const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
    const loadBefore = loadavg();
    console.log(`PostgreSQL ${server.version}, shared_buffers ${server.buffers}; ${machine.cores} cores (${machine.cpu}), ` +
      `${machine.memoryGiB} GiB, Node ${machine.node}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
    const postmaster = await findPostmaster(client);
    const result = await measureAll({ options, api, open, twin, floor, postmaster, databaseUrl: database.url, client });
    const loadAfter = loadavg();
    const file = join(database.dir, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ options, dataset: marker, server, machine, loadBefore, loadAfter, ...result }, null, 2));
    console.log(`\n${result.planPage.text}\n\nOther operations (p95 for information):\n${result.table}\n\n` +
      `Load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')} ` +
      `(${machine.cores} cores).\nRaw figures: ${file} (${Math.round((Date.now() - started) / 1000)} s in all)`);
    if (result.failures > 0) {
      console.error(`\n${result.failures} failure(s) (errors, timeouts, differing answers): ${result.firstError ?? ''}`);
      return 1;
    }
    return 0;
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error('while stopping:', error));
  }
}

exitWith(main, 'bench');
