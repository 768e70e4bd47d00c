// Built once: constructing a DateTimeFormat costs far more than formatting with it.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands, as YYYY-MM-DD: ages and consent turn over at Dutch midnight. */
export function dutchToday(now: Date = new Date()): string {
  return AMSTERDAM_DAY.format(now);
}

/** Whole years between a date of birth and a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** Children of 12 and over may use the family portal (domain.md section 2). */
export const PORTAL_MINIMUM_AGE = 12;
/** From 16 a young person decides alone about sharing, also towards the parents. */
export const INDEPENDENT_CONSENT_AGE = 16;
/** From 18 everyone is an adult, whatever their place in the household. */
export const ADULT_AGE = 18;
/** Consent from the child itself is needed from 12. */
export const CHILD_CONSENT_AGE = 12;
