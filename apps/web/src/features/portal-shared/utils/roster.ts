import { PortalPlanItem } from './plan-items';

/** Roster entries in the order of the week, Monday first; entries on a date after them, earliest first. */
export function inWeekOrder(entries: readonly PortalPlanItem[]): PortalPlanItem[] {
  const key = (entry: PortalPlanItem) => (entry.weekday != null ? `0${entry.weekday}` : `1${entry.dueOn ?? ''}`);
  return [...entries].sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt));
}

interface Reachable {
  name: string;
  phone?: string | null;
  email?: string | null;
}

/**
 * The person named as whom to tell when someone cannot come, when that name
 * is someone whose contact details the page has. The roster holds a name as
 * the family wrote it ("Tante Anja"), so only an exact match counts: a guess
 * could send a worried message to the wrong person.
 */
export function findContact<P extends Reachable>(name: string | null | undefined, people: readonly P[]): P | null {
  const wanted = name?.trim().toLocaleLowerCase();
  if (!wanted) return null;
  return people.find((person) => person.name.trim().toLocaleLowerCase() === wanted) ?? null;
}
