import { dutchToday } from '@gezinsplan/domain';
import { PortalAccessLogQuery } from '../../../graphql/generated/graphql';

export type AccessLogEntry = PortalAccessLogQuery['family']['accessLog'][number];

/** What someone looked at, in words the family knows; anything the page does not know counts as "the plan". */
export const READ_SUBJECTS = ['plan', 'family', 'consents', 'accessLog', 'version', 'item'] as const;

export type ReadSubject = (typeof READ_SUBJECTS)[number];

export const CHANGES = ['CREATE', 'UPDATE', 'REMOVE', 'RESPOND', 'ADOPT', 'COORDINATE', 'CONSENT', 'OTHER'] as const;

export type Change = (typeof CHANGES)[number];

/** What a line of the access log says was done: a read of something, or a change. */
export type AccessLogDeed = { type: 'read'; subject: ReadSubject } | { type: 'change'; change: Change };

function readSubject(list: string | null | undefined, itemId: string | null | undefined): ReadSubject {
  if (!list) return itemId ? 'item' : 'plan';
  if (list === 'plan' || list === 'family' || list === 'consents') return list;
  // Neutral words: a look at the legal bases is a look at the consents, so that a line never
  // says that something was shared without consent before the family has been told (issue 12).
  if (list === 'legal-bases') return 'consents';
  if (list === 'access-log') return 'accessLog';
  if (list.startsWith('plan-version')) return 'version';
  return 'plan';
}

export function deedOf(entry: Pick<AccessLogEntry, 'action' | 'list' | 'itemId'>): AccessLogDeed {
  if (entry.action === 'READ') return { type: 'read', subject: readSubject(entry.list, entry.itemId) };
  if (entry.action === 'COORDINATE' && (entry.list === 'consent' || entry.list === 'legal-basis')) {
    return { type: 'change', change: 'CONSENT' };
  }
  const change = CHANGES.find((known) => known === entry.action);
  return { type: 'change', change: change ?? 'OTHER' };
}

/** Why someone could do it, as the family reads it. */
export type AccessLogReason = 'regisseur' | 'task' | 'taskWithConsent' | 'legalBasis' | 'family' | 'network' | 'other';

export function reasonOf(entry: Pick<AccessLogEntry, 'basis' | 'consentIds' | 'legalBasisIds'>): AccessLogReason {
  switch (entry.basis) {
    case 'REGISSEUR':
      return 'regisseur';
    case 'INVOLVEMENT_TASK':
      if (entry.legalBasisIds.length > 0) return 'legalBasis';
      return entry.consentIds.length > 0 ? 'taskWithConsent' : 'task';
    case 'FAMILY_OWN':
      return 'family';
    case 'NETWORK_ROLE':
      return 'network';
    default:
      return 'other';
  }
}

/** What a line says was done: what was looked at, or the one change. */
export type AccessLogLineDeed = { type: 'read'; subjects: ReadSubject[] } | { type: 'change'; change: Change };

/** One line as the page shows it: the same person looking or doing the same on the same day counts once. */
export interface AccessLogLine {
  id: string;
  accountName: string;
  accountKind: string;
  organisationName: string | null;
  deed: AccessLogLineDeed;
  reason: AccessLogReason;
  /** The Dutch day (YYYY-MM-DD). */
  day: string;
  /** The first and the last time, ISO date-times. */
  from: string;
  until: string;
  /**
   * How many times: the moments it happened. The reads of one request share
   * one moment (they are logged together), so opening a page counts once.
   */
  count: number;
}

interface Gathering extends AccessLogLine {
  moments: Set<string>;
}

function joins(line: AccessLogLineDeed, deed: AccessLogDeed): boolean {
  return line.type === 'read' ? deed.type === 'read' : deed.type === 'change' && line.change === deed.change;
}

/**
 * Turns the log (newest first) into lines a family can read (issue 12): one
 * person's looking on one day is one line, however often, with how many times
 * and from the first time to the last; what they looked at is gathered in it.
 * A change is its own line, joined only with the same change right next to it,
 * so what was done keeps its place in the order of events.
 */
export function summariseAccessLog(entries: readonly AccessLogEntry[]): AccessLogLine[] {
  const lines: Gathering[] = [];
  for (const entry of entries) {
    const deed = deedOf(entry);
    const reason = reasonOf(entry);
    const day = dutchToday(new Date(entry.at));
    const organisationName = entry.organisationName ?? null;
    const samePerson = (line: Gathering) =>
      line.accountName === entry.accountName &&
      line.accountKind === entry.accountKind &&
      line.organisationName === organisationName &&
      line.day === day &&
      line.reason === reason;
    const last = lines.at(-1);
    const joined =
      deed.type === 'read'
        ? lines.find((line) => line.deed.type === 'read' && samePerson(line))
        : last && samePerson(last) && joins(last.deed, deed)
          ? last
          : undefined;
    if (joined) {
      if (joined.deed.type === 'read' && deed.type === 'read' && !joined.deed.subjects.includes(deed.subject)) {
        joined.deed.subjects = [...joined.deed.subjects, deed.subject].sort(
          (a, b) => READ_SUBJECTS.indexOf(a) - READ_SUBJECTS.indexOf(b),
        );
      }
      joined.from = entry.at;
      joined.moments.add(entry.at);
      joined.count = joined.moments.size;
      continue;
    }
    lines.push({
      id: entry.id,
      accountName: entry.accountName,
      accountKind: entry.accountKind,
      organisationName,
      deed: deed.type === 'read' ? { type: 'read', subjects: [deed.subject] } : deed,
      reason,
      day,
      from: entry.at,
      until: entry.at,
      count: 1,
      moments: new Set([entry.at]),
    });
  }
  return lines.map(({ moments: _moments, ...line }) => line);
}

/** Lines per day, in the order given (newest first). */
export function byDay(lines: readonly AccessLogLine[]): { day: string; lines: AccessLogLine[] }[] {
  const days: { day: string; lines: AccessLogLine[] }[] = [];
  for (const line of lines) {
    const current = days.at(-1);
    if (current?.day === line.day) current.lines.push(line);
    else days.push({ day: line.day, lines: [line] });
  }
  return days;
}
