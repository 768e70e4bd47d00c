import { Client } from 'pg';
import { PLAN_PAGE } from './documents';
import { SignedIn } from './scenarios';

interface LogLine {
  list: string;
  action: string;
  basis: string;
  involvement_id: string | null;
  member_ids: string[];
  consent_ids: string[];
  legal_basis_ids: string[];
}

type Page = Record<string, unknown> & { plan?: Array<Record<string, unknown>> };

async function askPage(url: string, person: SignedIn): Promise<Page> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: person.cookie },
    body: JSON.stringify({ query: PLAN_PAGE, variables: { id: person.familyId } }),
    signal: AbortSignal.timeout(120_000),
  });
  const body = (await response.json()) as { data?: { family?: Page }; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data?.family) {
    throw new Error(`${url} answered ${response.status} for ${person.email}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data.family;
}

async function logLinesAfter(client: Client, since: string, accountId: string): Promise<LogLine[]> {
  const { rows } = await client.query<LogLine>(
    `SELECT list, action, basis, involvement_id, member_ids, consent_ids, legal_basis_ids
       FROM access_log WHERE id > $1 AND account_id = $2 ORDER BY list`,
    [since, accountId],
  );
  return rows.map((row) => ({ ...row, member_ids: [...row.member_ids].sort(), consent_ids: [...row.consent_ids].sort(), legal_basis_ids: [...row.legal_basis_ids].sort() }));
}

const lastLogId = async (client: Client) => (await client.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM access_log`)).rows[0].id;

/** Per section of the page: its count and ids (and for the plan, each item's access level), as the issue asks to compare. */
export function digest(page: Page): Record<string, string> {
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((entry: { id?: unknown; number?: unknown }) => String(entry.id ?? entry.number)) : []);
  const sections: Record<string, string> = {};
  for (const name of ['members', 'network', 'involvements', 'adoptedVersions']) {
    const list = ids(page[name]);
    sections[name] = `${list.length}: ${list.join(',')}`;
  }
  sections['regisseurHistory'] = String(Array.isArray(page['regisseurHistory']) ? page['regisseurHistory'].length : 0);
  const plan = page.plan ?? [];
  sections['plan'] = `${plan.length}: ${plan.map((item) => `${String(item['id'])}/${String(item['access'])}`).join(',')}`;
  return sections;
}

/** The first place where two JSON values differ, as a path; null when they are the same. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path || '.'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

export interface Comparison {
  people: number;
  /** Plan items per page, for the report: what a typical and a heavy page hold. */
  items: number[];
  differences: string[];
}

/**
 * Asks the API and the same-work floor for each person's plan page, once,
 * before anything is measured: every section's ids and counts must agree (and
 * the whole answer, field by field), and both must write the same access-log
 * lines. Any difference is returned, and the benchmark fails on it.
 */
export async function compareAnswers(client: Client, apiUrl: string, floorUrl: string, people: readonly SignedIn[]): Promise<Comparison> {
  const differences: string[] = [];
  const items: number[] = [];
  for (const person of people) {
    const beforeApi = await lastLogId(client);
    const api = await askPage(apiUrl, person);
    const apiLog = await logLinesAfter(client, beforeApi, person.accountId);
    const beforeFloor = await lastLogId(client);
    const floor = await askPage(floorUrl, person);
    const floorLog = await logLinesAfter(client, beforeFloor, person.accountId);
    items.push(api.plan?.length ?? 0);
    const a = digest(api);
    const b = digest(floor);
    for (const section of Object.keys(a)) {
      if (a[section] !== b[section]) differences.push(`${person.email}, ${section}: API ${a[section].slice(0, 200)} / floor ${b[section].slice(0, 200)}`);
    }
    const field = firstDifference(api, floor);
    if (field) differences.push(`${person.email}, field ${field.slice(0, 300)}`);
    const log = firstDifference(apiLog, floorLog);
    if (log) differences.push(`${person.email}, access-log lines ${log.slice(0, 300)}`);
  }
  return { people: people.length, items, differences };
}

/**
 * Of these pairs (one person signed in on the API and on the access-off server), those whose two
 * pages hold the same items at the same access level and the same people: the pages access
 * control leaves whole, on which switching it off changes only what it costs. Fields that depend
 * on who asks (whether someone else changed an item last) are not compared.
 */
export async function pagesLeftWhole(apiUrl: string, openUrl: string, pairs: ReadonlyArray<{ api: SignedIn; open: SignedIn }>) {
  const whole: Array<{ api: SignedIn; open: SignedIn; items: number }> = [];
  for (const pair of pairs) {
    const [on, off] = [digest(await askPage(apiUrl, pair.api)), digest(await askPage(openUrl, pair.open))];
    if (['plan', 'members', 'network', 'involvements'].every((section) => on[section] === off[section])) {
      whole.push({ ...pair, items: Number(on['plan'].split(':')[0]) });
    }
  }
  return whole;
}
