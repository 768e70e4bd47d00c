// Imported here so the bundle's pruned dependencies list it (TypeORM loads it at run time).
import 'pg';
import { Client } from 'pg';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { openBenchDatabase } from './bench-database';
import { ensureDataset } from './dataset/load-dataset';
import { parseLoadArgs } from './load/load-args';
import { pickLoadPeople } from './load/load-people';
import { LoadRecorder } from './load/load-recorder';
import { formatLoadReport, MemorySample } from './load/load-report';
import { runUser, SignedInPerson } from './load/virtual-user';
import { startMeasuredApi } from './run/api-process';
import { signIn } from './run/sign-in';
import { exitWith } from './run/exit-with';

/**
 * `npm run load -- --duration 60`: the real API from its production bundle
 * on a generated dataset, `--users` signed-in people of every role reading
 * and writing for `--duration` seconds, then errors by kind, p50/p95 per
 * request kind, throughput and the API's memory at the start and the end.
 * Exits non-zero on any error.
 */
async function main(): Promise<number> {
  const options = parseLoadArgs(process.argv.slice(2));
  const root = process.cwd();
  const database = await openBenchDatabase(options.families, `load-${options.families}`);
  const stops: Array<() => Promise<void>> = [() => database.stop()];
  try {
    const marker = await ensureDataset(database.url, options);
    console.log(`Dataset: ${marker.families} families (seed ${marker.seed}), data folder ${database.dir}`);
    const api = await startMeasuredApi(resolve(root, 'dist/apps/api/main.js'), database.url, join(database.dir, 'api.log'),
      resolve(root, 'dist/apps/api-bench/memory-probe.js'));
    stops.unshift(() => api.stop());
    const client = new Client({ connectionString: database.url, application_name: 'gezinsplan-load' });
    await client.connect();
    stops.unshift(() => client.end());
    const people = await pickLoadPeople(client, options.users);

    const signedIn: SignedInPerson[] = [];
    // A few at a time: each sign-in spends argon2's memory and time on purpose.
    for (let i = 0; i < people.length; i += 4) {
      const batch = people.slice(i, i + 4);
      signedIn.push(...(await Promise.all(batch.map(async (p) => ({ ...p, cookie: await signIn(api.url, p.email) })))));
    }
    const byRole = new Map<string, number>();
    for (const p of signedIn) byRole.set(p.role, (byRole.get(p.role) ?? 0) + 1);
    const organisations = new Set(signedIn.map((p) => p.organisationType).filter((t) => t !== null));
    console.log(`Signed in ${signedIn.length} people: ${[...byRole].map(([role, n]) => `${n} ${role}s`).join(', ')}; ` +
      `professionals of ${organisations.size} kinds of organisation (${[...organisations].sort().join(', ')})`);

    const loadBefore = loadavg();
    const memory: MemorySample[] = [{ second: 0, ...(await api.memory()) }];
    const recorder = new LoadRecorder();
    const started = Date.now();
    const loop = {
      url: api.url, recorder, until: started + options.duration * 1000, thinkMs: options.think,
      writeShare: options.writes / 100, timeoutMs: options.timeout * 1000,
    };
    console.log(`Load: ${signedIn.length} people for ${options.duration} s, a pause of 0-${2 * options.think} ms between ` +
      `one person's requests, ${options.writes} % of their steps writing …`);
    const sampler = setInterval(() => {
      void api.memory().then((m) => memory.push({ second: Math.round((Date.now() - started) / 1000), ...m }), () => undefined);
    }, 15_000);
    await Promise.all(signedIn.map((person) => runUser(person, loop)));
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    memory.push({ second: Math.round(seconds), ...(await api.memory()) });
    const loadAfter = loadavg();

    const report = formatLoadReport({ recorder, seconds, memory, loadBefore, loadAfter, cores: cpus().length });
    console.log(`\n${report}`);
    const file = join(database.dir, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({
      options, seconds, people: Object.fromEntries(byRole), figures: recorder.figures(), errors: recorder.errorsByKind(),
      memory, loadBefore, loadAfter,
    }, null, 2));
    console.log(`Raw figures: ${file}`);
    if (recorder.errorCount > 0) {
      console.error(`\n${recorder.errorCount} request(s) failed: the load test fails.`);
      return 1;
    }
    return 0;
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error('while stopping:', error));
  }
}

exitWith(main, 'load test');
