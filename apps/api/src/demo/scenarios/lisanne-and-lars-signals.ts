import { SignalDomain } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { DemoScenario } from './demo-context';
import { insertRows } from './insert-rows';

/**
 * The start of scenario 1 (domain.md section 7), before there is a plan:
 * GGZ (the mother's therapist) and the police signalled Lisanne and Lars
 * months ago. The two school counsellors have not signalled yet; doing so
 * (by hand, or in the browser test) shows them the match. This is a register
 * of its own, apart from the demo's Gezin Meijer plan, and starts no family.
 *
 * The BSNs are from the 9999… range used for testing, and pass the eleven-test.
 */
export const SIGNAL_ADDRESS = { street: 'Kastanjelaan', houseNumber: '27', postcode: '3552TK', city: 'Utrecht' } as const;

/** Esther de Graaf's BSN: the shared parent that makes Lisanne and Lars siblings. */
export const MOTHER_BSN = '999991206';

export const SIGNALLED_LISANNE = { bsn: '999991103', givenName: 'Lisanne', familyName: 'Meijer' } as const;
export const SIGNALLED_LARS = { bsn: '999991504', givenName: 'Lars', familyName: 'Meijer' } as const;

/** Signals last this long unless withdrawn (the default of SIGNAL_LIFETIME_MONTHS). */
const LIFETIME_MONTHS = 24;

interface DemoSignal {
  subjectId: string;
  email: string;
  domain: SignalDomain;
  phone: string;
  /** Days from today. */
  day: number;
}

export const loadLisanneAndLarsSignals: DemoScenario = async ({ manager, calendar, account }) => {
  const lisanne = randomUUID();
  const lars = randomUUID();
  await insertRows(manager, 'signal_subject', [
    { id: lisanne, bsn: SIGNALLED_LISANNE.bsn, created_at: calendar.at(-150, '10:12') },
    { id: lars, bsn: SIGNALLED_LARS.bsn, created_at: calendar.at(-150, '10:15') },
  ]);
  // Each signal carries the young person as its professional registered them; the same dates of birth
  // as in the family plan: 9 and 15 whenever the demo is loaded.
  const registered = {
    [lisanne]: personDetails(SIGNALLED_LISANNE, calendar.born(9, 60)),
    [lars]: personDetails(SIGNALLED_LARS, calendar.born(15, 150)),
  };

  const signals: DemoSignal[] = [
    // GGZ worries about the children of the mother it treats, and signalled both.
    { subjectId: lisanne, email: 'eva.smit@ggz.example', domain: 'MENTAL_HEALTH', phone: '030 200 1122', day: -150 },
    { subjectId: lars, email: 'eva.smit@ggz.example', domain: 'MENTAL_HEALTH', phone: '030 200 1122', day: -150 },
    // Later the police signalled Lars.
    { subjectId: lars, email: 'tom.vandijk@politie.example', domain: 'POLICE_JUSTICE', phone: '06 1200 3344', day: -61 },
  ];
  const people: Array<{ id: string; email: string; display_name: string; organisation_id: string; organisation: string }> =
    await manager.query(
      `SELECT a.id, a.email, a.display_name, a.organisation_id, o.name AS organisation
         FROM account a JOIN organisation o ON o.id = a.organisation_id WHERE a.id = ANY($1::uuid[])`,
      [[...new Set(signals.map((s) => account(s.email)))]],
    );
  const person = (email: string) => {
    const found = people.find((p) => p.email === email);
    if (!found) throw new Error(`The demo signals refer to an unknown account: ${email}`);
    return found;
  };
  await insertRows(
    manager,
    'signal',
    signals.map((signal, index) => {
      const who = person(signal.email);
      const registeredAt = calendar.at(signal.day, `10:${String(12 + 3 * index).padStart(2, '0')}`);
      return {
        subject_id: signal.subjectId,
        account_id: who.id,
        organisation_id: who.organisation_id,
        domain: signal.domain,
        contact_name: who.display_name,
        contact_phone: signal.phone,
        contact_email: who.email,
        // Told the same day: Esther by her therapist, Lars by the officer.
        informed_at: calendar.at(signal.day, '16:00'),
        not_informed_reason: null,
        registered_at: registeredAt,
        expires_at: monthsLater(registeredAt, LIFETIME_MONTHS),
        family_id: null,
        ...registered[signal.subjectId],
      };
    }),
  );

  // The match on Lars arose when the police signalled; both were told in the platform then, and read it.
  const eva = person('eva.smit@ggz.example');
  const tom = person('tom.vandijk@politie.example');
  const youngPerson = `de jongere L. M., geboren ${dutchDate(calendar.born(15, 150))}`;
  await insertRows(manager, 'notification', [
    { account_id: eva.id, kind: 'SIGNAL_MATCH', subject_id: lars, message: `Match voor ${youngPerson}: ${tom.display_name} (${tom.organisation})`,
      created_at: calendar.at(-61, '10:18'), read_at: calendar.at(-60, '09:05') },
    { account_id: tom.id, kind: 'SIGNAL_MATCH', subject_id: lars, message: `Match voor ${youngPerson}: ${eva.display_name} (${eva.organisation})`,
      created_at: calendar.at(-61, '10:18'), read_at: calendar.at(-61, '11:30') },
  ]);
};

function personDetails(person: { givenName: string; familyName: string }, dateOfBirth: string) {
  const { street, houseNumber, postcode, city } = SIGNAL_ADDRESS;
  return {
    given_name: person.givenName,
    family_name: person.familyName,
    date_of_birth: dateOfBirth,
    street,
    house_number: houseNumber,
    postcode,
    city,
    parent_bsns: [MOTHER_BSN],
  };
}

function monthsLater(moment: Date, months: number): Date {
  const later = new Date(moment);
  later.setUTCMonth(later.getUTCMonth() + months);
  return later;
}

/** DD-MM-YYYY, as the match notifications write a date of birth. */
function dutchDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}-${month}-${year}`;
}
