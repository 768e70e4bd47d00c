import { setTimeout as sleep } from 'node:timers/promises';
import { ADD_ITEM, NETWORK_SAFETY_PLAN, OVERVIEW, PLAN_PAGE, PORTAL_FAMILY_PLAN, RESPOND } from './load-documents';
import { LoadPerson } from './load-people';
import { LoadRecorder } from './load-recorder';

export interface SignedInPerson extends LoadPerson {
  cookie: string;
}

export interface UserLoop {
  url: string;
  recorder: LoadRecorder;
  /** Epoch milliseconds: no request starts after it. */
  until: number;
  thinkMs: number;
  writeShare: number;
  timeoutMs: number;
}

interface PlanItemRead {
  id: string;
  kind: string;
  access: string;
}

interface Answer {
  data?: { family?: { plan?: PlanItemRead[] } };
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * Sends one request and records it: a success only when the status is 200 and
 * the body has no "errors" (GraphQL reports failures with status 200).
 */
async function send(loop: UserLoop, person: SignedInPerson, kind: string, query: string, variables: Record<string, unknown>): Promise<Answer | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${loop.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: person.cookie },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(loop.timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) {
      loop.recorder.failed(kind, `HTTP ${response.status}`, text);
      return null;
    }
    const answer = JSON.parse(text) as Answer;
    if (answer.errors?.length) {
      loop.recorder.failed(kind, answer.errors[0].extensions?.code ?? 'GraphQL error', answer.errors[0].message ?? text);
      return null;
    }
    loop.recorder.succeeded(kind, ms);
    return answer;
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    loop.recorder.failed(kind, timedOut ? 'timeout' : 'network', error instanceof Error ? error.message : String(error));
    return null;
  }
}

const isProfessional = (p: LoadPerson) => p.role === 'regisseur' || p.role === 'partner';

/** What a professional writes: a logbook entry, a partner's within its task (its first category, its first member). */
function logEntry(person: LoadPerson) {
  const partner = person.role === 'partner';
  return {
    familyId: person.familyId, kind: 'LOG_ENTRY', text: 'Belastingtest: gesprek gehad met het gezin',
    category: partner ? person.categories[0] : 'GENERAL',
    aboutMemberIds: partner ? person.memberIds.slice(0, 1) : [],
  };
}

/**
 * One person's session: read their page, now and then write, pause, until
 * the time is up. A professional opens the plan page or the overview and
 * writes a logbook entry; a parent or young person opens "Ons plan" and
 * comments on a goal or agreement they just read; a network member opens the
 * safety plan and writes in its logbook.
 */
export async function runUser(person: SignedInPerson, loop: UserLoop): Promise<void> {
  let readable: string[] = [];
  const family = { familyId: person.familyId };
  while (Date.now() < loop.until) {
    const write = Math.random() < loop.writeShare;
    if (isProfessional(person)) {
      if (write) await send(loop, person, `add logbook entry (${person.role})`, ADD_ITEM, { input: logEntry(person) });
      else if (Math.random() < 0.3) await send(loop, person, `overview (${person.role})`, OVERVIEW, {});
      else await send(loop, person, `plan page (${person.role})`, PLAN_PAGE, { id: person.familyId });
    } else if (person.role === 'network member') {
      if (write) {
        await send(loop, person, 'safety logbook entry (network member)', ADD_ITEM, {
          input: { ...family, kind: 'LOG_ENTRY', category: 'SAFETY', aboutMemberIds: [], text: 'Belastingtest: alles rustig vandaag' },
        });
      } else await send(loop, person, 'safety plan (network member)', NETWORK_SAFETY_PLAN, family);
    } else if (write && readable.length > 0) {
      const targetItemId = readable[Math.floor(Math.random() * readable.length)];
      await send(loop, person, `comment (${person.role})`, RESPOND, { input: { kind: 'COMMENT', targetItemId, text: 'Belastingtest: dit gaat goed' } });
    } else {
      const answer = await send(loop, person, `our plan, portal (${person.role})`, PORTAL_FAMILY_PLAN, family);
      const plan = answer?.data?.family?.plan;
      if (plan) readable = plan.filter((i) => i.access === 'FULL' && (i.kind === 'GOAL' || i.kind === 'AGREEMENT')).map((i) => i.id);
    }
    if (loop.thinkMs > 0) await sleep(Math.random() * 2 * loop.thinkMs);
  }
}
