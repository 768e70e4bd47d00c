import { MyCalendarQuery } from '../../../graphql/generated/graphql';

export type CalendarEntry = MyCalendarQuery['myCalendar']['entries'][number];

export interface AgendaWeek {
  /** ISO week number, as Dutch calendars show it. */
  number: number;
  /** Monday and Sunday, YYYY-MM-DD. */
  from: string;
  until: string;
  entries: CalendarEntry[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The ISO week of a day: the week that holds its Thursday, counted from the week of 4 January. */
export function isoWeek(day: string): number {
  const date = new Date(noon(day));
  const thursday = noon(day) + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS;
  const firstThursday = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 4, 12);
  const firstWeekThursday = firstThursday + (3 - ((new Date(firstThursday).getUTCDay() + 6) % 7)) * DAY_MS;
  return 1 + Math.round((thursday - firstWeekThursday) / (7 * DAY_MS));
}

/**
 * The agenda: every week from `from` (a Monday) to `until`, each with its
 * entries in date order; a week without any is kept, so the reader sees it is free.
 */
export function agendaWeeks(from: string, until: string, entries: readonly CalendarEntry[]): AgendaWeek[] {
  const weeks: AgendaWeek[] = [];
  for (let monday = noon(from); monday <= noon(until); monday += 7 * DAY_MS) {
    const start = dayOf(monday);
    const end = dayOf(monday + 6 * DAY_MS);
    weeks.push({ number: isoWeek(start), from: start, until: end, entries: entries.filter((entry) => entry.on >= start && entry.on <= end) });
  }
  return weeks;
}
