import { dutchToday } from '@gezinsplan/domain';
import { Client } from 'pg';
import { BenchOptions } from '../cli-args';
import { Calendar } from '../dataset/calendar';
import { runFloor } from './floor';
import { OVERVIEW_FLOOR, PLAN_PAGE_FLOOR } from './floor-queries';
import { memberOf, pickIdentities } from './identities';
import { Call, CallSource, LoadResult, rotate, runLoad } from './load';
import { signalCalls } from './signal-calls';
import { formatMarkdown, formatTable, ratio, Row } from './report';
import { agreementCalls, logEntryCalls, overviewCalls, planPageCalls, SignedIn } from './scenarios';
import { scanGrowth, seqScanRows } from './seq-scans';
import { signIn } from './sign-in';
import { Summary } from './stats';

export interface MeasureContext {
  options: BenchOptions;
  apiUrl: string;
  openUrl: string;
  databaseUrl: string;
  client: Client;
}

export interface MeasureResult {
  rows: Row[];
  table: string;
  markdown: string;
  failures: number;
  firstError: string | null;
}

type Runner = (users: number, seconds: number) => Promise<Summary & { firstError?: string | null }>;

interface Operation {
  name: string;
  run: Runner;
  /** The operation whose p95 this one's is compared with, and what the ratio is called. */
  against?: { name: string; label: string };
}


async function signInAll(url: string, people: readonly { email: string }[]): Promise<string[]> {
  const cookies: string[] = [];
  // One at a time: each sign-in spends argon2's 19 MiB and a few tens of milliseconds on purpose.
  for (const person of people) cookies.push(await signIn(url, person.email));
  return cookies;
}

async function sessions<T extends { email: string }>(url: string, people: readonly T[]): Promise<Array<T & { cookie: string }>> {
  const cookies = await signInAll(url, people);
  return people.map((person, i) => ({ ...person, cookie: cookies[i] }));
}

export async function measureAll(context: MeasureContext): Promise<MeasureResult> {
  const { options, apiUrl, openUrl, databaseUrl, client } = context;
  const who = await pickIdentities(client, options.identities);
  const regisseurs: SignedIn[] = await sessions(apiUrl, who.regisseurs);
  const openRegisseurs: SignedIn[] = await sessions(openUrl, who.regisseurs);
  const partners: SignedIn[] = await sessions(apiUrl, who.partners);
  const parents: SignedIn[] = await sessions(apiUrl, who.parents);
  const agreementWriters: SignedIn[] = await sessions(apiUrl, who.agreementWriters);
  const logWriters: SignedIn[] = await sessions(apiUrl, who.logWriters);
  const members = await memberOf(client, agreementWriters.map((p) => p.familyId));
  const dueOn = new Calendar(dutchToday()).day(60);
  console.log(`Signed in ${regisseurs.length} regisseurs, ${partners.length} partners, ${parents.length} parents, ` +
    `${agreementWriters.length + logWriters.length} writers.`);

  const api = (url: string, calls: Call[]): Runner => (users, seconds) => runLoad(url, rotate(calls), users, seconds);
  // Each registration must be new (one active signal per professional and young person), so one
  // sequence of fresh pairs runs on through warm-ups and measurements.
  const once = (url: string, source: CallSource): Runner => (users, seconds) => runLoad(url, source, users, seconds);
  const floor = (sql: string, params: string[]): Runner => (users, seconds) => runFloor(databaseUrl, sql, params, users, seconds);
  const planFloor = 'plan page: floor (one SQL query)';
  const overviewFloor = 'overview: floor (one SQL query)';
  const operations: Operation[] = [
    { name: planFloor, run: floor(PLAN_PAGE_FLOOR, regisseurs.map((p) => p.familyId)) },
    { name: 'plan page: regisseur', run: api(apiUrl, planPageCalls(regisseurs)), against: { name: planFloor, label: 'floor' } },
    { name: 'plan page: regisseur, access OFF', run: api(openUrl, planPageCalls(openRegisseurs)), against: { name: planFloor, label: 'floor' } },
    { name: 'plan page: partner, narrow task', run: api(apiUrl, planPageCalls(partners)), against: { name: planFloor, label: 'floor' } },
    { name: 'plan page: parent', run: api(apiUrl, planPageCalls(parents)), against: { name: planFloor, label: 'floor' } },
    { name: overviewFloor, run: floor(OVERVIEW_FLOOR, regisseurs.map((p) => p.accountId)) },
    { name: 'overview: regisseur', run: api(apiUrl, overviewCalls(regisseurs)), against: { name: overviewFloor, label: 'floor' } },
    { name: 'add agreement: regisseur', run: api(apiUrl, agreementCalls(agreementWriters, members, dueOn)) },
    { name: 'add logbook entry: partner', run: api(apiUrl, logEntryCalls(logWriters)) },
    { name: 'register signal, with match look-up', run: once(apiUrl, await signalCalls(client, agreementWriters)) },
  ];

  const rows: Row[] = [];
  const results = new Map<string, Summary>();
  let failures = 0;
  let firstError: string | null = null;
  const record = (name: string, users: number, summary: Summary & { firstError?: string | null }, scans: string, against?: Operation['against']) => {
    results.set(`${name}@${users}`, summary);
    let ratios = against ? `${ratio(summary, results.get(`${against.name}@${users}`))} ${against.label}` : '';
    if (name === 'plan page: regisseur, access OFF') {
      ratios += `; on/off ${ratio(results.get(`plan page: regisseur@${users}`), summary)}`;
    }
    rows.push({ operation: name, users, summary, scans, ratios: ratios.trim() || '-' });
    // No answer at all within the run counts too: a server that never answers must not pass.
    if (summary.errors > 0 || summary.timeouts > 0 || summary.requests === 0) {
      failures += 1;
      firstError ??= `${name} at ${users} users: ${summary.firstError ?? (summary.requests === 0 ? 'no request completed' : `${summary.errors} errors`)}`;
    }
    const s = summary;
    console.log(`  ${name} @ ${users}: ${s.throughput.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ` +
      `p99 ${s.p99.toFixed(1)} ms, errors ${s.errors}, timeouts ${s.timeouts}${options.scans ? `; seq-scan rows/request ${scans}` : ''}`);
  };

  // Short CI runs skip the warm-up; real runs give the JIT and the caches three seconds per operation.
  const warmup = options.duration >= 5 ? 3 : 0;
  for (const users of options.concurrency) {
    console.log(`\n${users} concurrent user(s), ${options.duration} s each (after ${warmup} s warm-up):`);
    for (const operation of operations) {
      if (warmup > 0) await operation.run(users, warmup);
      const before = options.scans ? await seqScanRows(client) : null;
      const summary = await operation.run(users, options.duration);
      const scans = before ? scanGrowth(before, await seqScanRows(client), summary.requests) : 'not counted';
      record(operation.name, users, summary, scans, operation.against);
    }
  }
  if (options.soak > 0) {
    const users = Math.max(...options.concurrency);
    console.log(`\nEndurance: the plan page as regisseur, ${users} users for ${options.soak} s:`);
    const summary: LoadResult = await runLoad(apiUrl, rotate(planPageCalls(regisseurs)), users, options.soak);
    record(`plan page: regisseur, ${options.soak} s endurance`, users, summary, '-', { name: planFloor, label: 'floor' });
  }
  return { rows, table: formatTable(rows), markdown: formatMarkdown(rows), failures, firstError };
}
