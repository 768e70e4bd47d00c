import { dutchToday } from '@gezinsplan/domain';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { BenchOptions } from '../cli-args';
import { Calendar } from '../dataset/calendar';
import { OVERVIEW_DATABASE_ONLY } from '../floor/database-only';
import { runFloor } from './floor';
import { heavyRegisseurs, Identity, memberOf, pickIdentities } from './identities';
import { Call, CallSource, LoadResult, rotate, runLoad } from './load';
import { formatMarkdown, formatTable, ratio, Row } from './report';
import { PlanPageReport, summariseRounds } from './rounds-report';
import { measureRounds, Target } from './rounds';
import { compareAnswers, pagesLeftWhole } from './same-answers';
import { agreementCalls, logEntryCalls, overviewCalls, planPageCalls, SignedIn } from './scenarios';
import { scanGrowth, seqScanRows } from './seq-scans';
import { signIn } from './sign-in';
import { signalCalls } from './signal-calls';
import { Summary } from './stats';

export interface Server {
  url: string;
  pid: number;
}

export interface MeasureContext {
  options: BenchOptions;
  api: Server;
  open: Server;
  /** The access-off server's build with access control on: the like-for-like base of on / off. */
  twin: Server;
  floor: Server;
  postmaster: number | null;
  databaseUrl: string;
  client: Client;
}

export interface MeasureResult {
  planPage: PlanPageReport;
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
  /** A request to send alone when a window completed none (API operations). */
  probe?: () => Call;
}

async function sessions<T extends { email: string }>(url: string, people: readonly T[]): Promise<Array<T & { cookie: string }>> {
  const signedIn: Array<T & { cookie: string }> = [];
  // One at a time: each sign-in spends argon2's 19 MiB and a few tens of milliseconds on purpose.
  for (const person of people) signedIn.push({ ...person, cookie: await signIn(url, person.email) });
  return signedIn;
}

/** Each person signed in on two servers, for the same page on both. */
async function pairedSessions(apiUrl: string, openUrl: string, people: readonly Identity[]): Promise<Array<{ api: SignedIn; open: SignedIn }>> {
  const [onApi, onOpen] = [await sessions(apiUrl, people), await sessions(openUrl, people)];
  return onApi.map((api, index) => ({ api, open: onOpen[index] }));
}

/** One request, with a generous timeout: a server that is only slow (a busy machine) answers it, one that is broken does not. */
async function answersAtAll(url: string, path: string, call: Call): Promise<string | null> {
  try {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: call.cookie },
      body: call.body,
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    return response.status === 200 && !text.includes('"errors"') ? null : `${response.status} ${text.slice(0, 300)}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function measureAll(context: MeasureContext): Promise<MeasureResult> {
  const { options, api, open, twin, floor, databaseUrl, client } = context;
  let failures = 0;
  let firstError: string | null = null;
  const fail = (message: string) => {
    failures += 1;
    firstError ??= message;
    console.error(`  FAILED: ${message}`);
  };

  const who = await pickIdentities(client, options.identities);
  const heavy = await heavyRegisseurs(client, options.identities, [...who.agreementWriters, ...who.logWriters].map((p) => p.familyId));
  const regisseurs: SignedIn[] = await sessions(api.url, who.regisseurs);
  const whole = await pagesLeftWhole(api.url, open.url, await pairedSessions(api.url, open.url, who.wholePageRegisseurs));
  console.log(`  ${whole.length} of ${who.wholePageRegisseurs.length} regisseurs of families with only general and safety items or their own ` +
    `have the same page with access control on and off (items per page ${whole.length ? Math.min(...whole.map((w) => w.items)) : 0}-` +
    `${whole.length ? Math.max(...whole.map((w) => w.items)) : 0}): the price of access control is measured on them.`);
  const partners: SignedIn[] = await sessions(api.url, who.partners);
  const parents: SignedIn[] = await sessions(api.url, who.parents);
  const heavies: SignedIn[] = await sessions(api.url, heavy);
  const agreementWriters: SignedIn[] = await sessions(api.url, who.agreementWriters);
  const logWriters: SignedIn[] = await sessions(api.url, who.logWriters);
  console.log(`Signed in ${regisseurs.length} regisseurs, ${partners.length} partners, ${parents.length} parents, ` +
    `${heavies.length} regisseurs of heavy families, ${agreementWriters.length + logWriters.length} writers.`);

  // 1. Same answers, before anything is measured.
  console.log('\nComparing the API\'s and the same-work floor\'s plan pages, person by person …');
  const comparisons = {
    regisseur: await compareAnswers(client, api.url, floor.url, regisseurs),
    partner: await compareAnswers(client, api.url, floor.url, partners),
    parent: await compareAnswers(client, api.url, floor.url, parents),
    heavy: await compareAnswers(client, api.url, floor.url, heavies),
  };
  for (const [role, comparison] of Object.entries(comparisons)) {
    const items = comparison.items;
    const mean = items.length ? items.reduce((a, b) => a + b, 0) / items.length : 0;
    console.log(`  ${role}: ${comparison.people} pages, ${comparison.differences.length} differences; ` +
      `items per page ${items.length ? Math.min(...items) : 0}-${items.length ? Math.max(...items) : 0} (mean ${mean.toFixed(0)})`);
    for (const difference of comparison.differences.slice(0, 5)) fail(`different answers: ${difference}`);
  }
  if (heavies.length === 0) fail('no heavy family in the dataset to measure');
  if (failures > 0) {
    return { planPage: { targets: [], comparisons: [], text: '', items: {} }, rows: [], table: '', markdown: '', failures, firstError };
  }

  // 2. The plan page: CPU per request at a fixed rate, throughput at saturation, in interleaved rounds.
  const heavyRate = Math.max(1, Math.round(options.rate / 5));
  const users = Math.max(...options.concurrency);
  const target = (name: string, server: Server, calls: Call[], rate = options.rate, path?: string): Target =>
    ({ name, url: server.url, pid: server.pid, calls, rate, path });
  const targets: Target[] = [
    target('database only (one statement)', floor, planPageCalls(regisseurs), options.rate, '/db-only'),
    target('floor: regisseur', floor, planPageCalls(regisseurs)),
    target('API: regisseur', api, planPageCalls(regisseurs)),
    ...(whole.length > 0
      ? [
          target('API: regisseur, whole page', api, planPageCalls(whole.map((w) => w.api))),
          target('bench server: regisseur, whole page, access on', twin, planPageCalls(whole.map((w) => w.api))),
          target('bench server: regisseur, whole page, access off', open, planPageCalls(whole.map((w) => w.open))),
        ]
      : []),
    target('floor: partner', floor, planPageCalls(partners)),
    target('API: partner', api, planPageCalls(partners)),
    target('floor: parent', floor, planPageCalls(parents)),
    target('API: parent', api, planPageCalls(parents)),
    target('floor: heavy family', floor, planPageCalls(heavies), heavyRate),
    target('API: heavy family', api, planPageCalls(heavies), heavyRate),
  ];
  console.log(`\nThe plan page: ${options.rounds} interleaved round(s); per target ${options.duration} s at a fixed rate ` +
    `(${options.rate}/s, heavy families ${heavyRate}/s) for CPU per request, then ${options.duration} s at ${users} users for throughput.` +
    (context.postmaster ? '' : ' PostgreSQL runs elsewhere: its CPU is not measured.'));
  const rounds = await measureRounds(targets, {
    rounds: options.rounds, seconds: options.duration, users, timeout: options.timeout, postmaster: context.postmaster, log: console.log,
  });
  for (const t of targets) {
    for (const [index, round] of (rounds.get(t.name) ?? []).entries()) {
      for (const [kind, window] of [['fixed rate', round.fixed], ['saturation', round.saturated]] as const) {
        if (window.errors > 0 || window.timeouts > 0) fail(`${t.name}, round ${index + 1}, ${kind}: ${window.firstError ?? `${window.errors} errors, ${window.timeouts} timeouts`}`);
        if (window.requests === 0) {
          const problem = await answersAtAll(t.url, t.path ?? '/graphql', t.calls[0]);
          if (problem) fail(`${t.name}, round ${index + 1}, ${kind}: no request completed, and a single one fails: ${problem}`);
        }
      }
    }
  }
  // A server whose memory grows over the rounds would explain a CPU per request that grows with them.
  const rss = (pid: number) => /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '?';
  console.log(`Resident memory after the rounds: API ${rss(api.pid)} kB, access-off server ${rss(open.pid)} kB, floor ${rss(floor.pid)} kB`);
  const items = Object.fromEntries(Object.entries(comparisons).map(([role, c]) => [role, c.items]));
  const planPage = summariseRounds(targets, rounds, items, options);

  // 3. The other operations, once each, for their latency (p95 is information, not a yardstick).
  const members = await memberOf(client, agreementWriters.map((p) => p.familyId));
  const dueOn = new Calendar(dutchToday()).day(60);
  const onApi = (calls: Call[]): Runner => (n, seconds) => runLoad(api.url, rotate(calls), n, seconds, { timeout: options.timeout });
  // Each registration must be new (one active signal per professional and young person): one sequence runs on.
  const once = (source: CallSource): Runner => (n, seconds) => runLoad(api.url, source, n, seconds, { timeout: options.timeout });
  const overviewFloor = 'overview: database only (one statement)';
  const signals = await signalCalls(client, agreementWriters);
  const agreements = agreementCalls(agreementWriters, members, dueOn);
  const logEntries = logEntryCalls(logWriters);
  const operations: Operation[] = [
    { name: overviewFloor, run: (n, seconds) => runFloor(databaseUrl, OVERVIEW_DATABASE_ONLY, regisseurs.map((p) => p.accountId), n, seconds) },
    { name: 'overview: regisseur', run: onApi(overviewCalls(regisseurs)), against: { name: overviewFloor, label: 'database only' },
      probe: () => overviewCalls(regisseurs)[0] },
    { name: 'add agreement: regisseur', run: onApi(agreements), probe: () => agreements[0] },
    { name: 'add logbook entry: partner', run: onApi(logEntries), probe: () => logEntries[0] },
    { name: 'register signal, with match look-up', run: once(signals), probe: () => signals.next() },
  ];
  const rows: Row[] = [];
  const results = new Map<string, Summary>();
  const record = (name: string, n: number, summary: Summary & { firstError?: string | null }, scans: string, against?: Operation['against']) => {
    results.set(`${name}@${n}`, summary);
    const ratios = against ? `${ratio(summary, results.get(`${against.name}@${n}`))} ${against.label}` : '-';
    rows.push({ operation: name, users: n, summary, scans, ratios });
    if (summary.errors > 0 || summary.timeouts > 0) fail(`${name} at ${n} users: ${summary.firstError ?? `${summary.errors} errors, ${summary.timeouts} timeouts`}`);
    const s = summary;
    console.log(`  ${name} @ ${n}: ${s.throughput.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ` +
      `errors ${s.errors}, timeouts ${s.timeouts}${options.scans ? `; seq-scan rows/request ${scans}` : ''}`);
  };
  const warmup = options.duration >= 5 ? 3 : 0;
  for (const n of options.concurrency) {
    console.log(`\nOther operations, ${n} concurrent user(s), ${options.duration} s each:`);
    for (const operation of operations) {
      if (warmup > 0) await operation.run(n, warmup);
      const before = options.scans ? await seqScanRows(client) : null;
      const summary = await operation.run(n, options.duration);
      const scans = before ? scanGrowth(before, await seqScanRows(client), summary.requests) : 'not counted';
      record(operation.name, n, summary, scans, operation.against);
      if (summary.requests === 0) {
        // On a busy machine a short window may end before the first answer; one request alone must still be answered.
        const problem = operation.probe ? await answersAtAll(api.url, '/graphql', operation.probe()) : 'no request completed';
        if (problem) fail(`${operation.name} at ${n} users: no request completed, and a single one fails: ${problem}`);
      }
    }
  }
  if (options.soak > 0) {
    console.log(`\nEndurance: the plan page as regisseur, ${users} users for ${options.soak} s:`);
    const summary: LoadResult = await runLoad(api.url, rotate(planPageCalls(regisseurs)), users, options.soak, { timeout: options.timeout });
    record(`plan page: regisseur, ${options.soak} s endurance`, users, summary, '-');
  }
  return { planPage, rows, table: formatTable(rows), markdown: formatMarkdown(rows), failures, firstError };
}
