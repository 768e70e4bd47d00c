import { dutchToday } from '@gezinsplan/domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo's dates, counted in days from the day it is loaded (negative: in
 * the past). Fixed dates would go stale: agreements would all become overdue,
 * planned evaluations would lie in the past and Lars would turn sixteen.
 */
export class DemoCalendar {
  constructor(readonly today: string = dutchToday()) {}

  /** YYYY-MM-DD, `offset` days from today. */
  day(offset: number): string {
    return shift(this.today, 0, offset);
  }

  /**
   * A moment in the past at a Dutch wall-clock time: when something was
   * written or recorded. The future is refused, since nothing has happened there yet.
   */
  at(offset: number, time = '10:00'): Date {
    if (offset >= 0) throw new Error(`Demo history lies in the past, not ${offset} days from today.`);
    const day = this.day(offset);
    return new Date(`${day}T${time}:00${amsterdamOffset(day)}`);
  }

  /**
   * A date of birth for someone who is `years` old today and had their last
   * birthday `daysSinceBirthday` days ago, so their age (and with it who
   * must consent, and who may use the portal) is the same whenever the demo starts.
   */
  born(years: number, daysSinceBirthday: number): string {
    // Well away from the birthday itself, so a leap day cannot move the age.
    if (daysSinceBirthday < 7 || daysSinceBirthday > 355) throw new Error('Keep birthdays away from today.');
    return shift(this.today, -years, -daysSinceBirthday);
  }

  /** A date as it is written in a Dutch text: "3 maart 2026". */
  written(offset: number): string {
    return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(this.day(offset)));
  }
}

function shift(day: string, years: number, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year + years, month - 1, date) + days * DAY_MS);
  return shifted.toISOString().slice(0, 10);
}

/** "+01:00" in winter, "+02:00" in summer. */
function amsterdamOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(
    new Date(`${day}T12:00:00Z`),
  );
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}
