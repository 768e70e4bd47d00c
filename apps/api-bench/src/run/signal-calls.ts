import { dutchToday } from '@gezinsplan/domain';
import { Client } from 'pg';
import { CallSource } from './load';
import { SignedIn } from './scenarios';

const REGISTER = `mutation Register($input: RegisterSignalInput!) {
  registerSignal(input: $input) {
    isMatch subject { id givenName familyName dateOfBirth address }
    signals { id professionalName organisationName domain contactPhone registeredAt mine }
    siblings { id givenName } siblingSignals { id professionalName }
  }
}`;

interface Subject {
  id: string;
  bsn: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  parent_bsns: string[];
}

/** Enough fresh (professional, young person) pairs for any run the options allow. */
const PAIRS = 60_000;

/**
 * Registrations of young people who already have someone else's active
 * signal, so that each answers with a match. Every pair of professional and
 * young person is used once and never one the professional already has: a
 * second active signal is refused. A new sample per run (the salt) keeps
 * repeated runs on the same database from meeting their own earlier signals.
 */
export async function signalCalls(client: Client, professionals: readonly SignedIn[]): Promise<CallSource> {
  const subjects = (
    await client.query<Subject>(
      `SELECT DISTINCT ON (md5(j.id::text || $2)) j.id, j.bsn, s.given_name, s.family_name,
              to_char(s.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, s.street, s.house_number, s.postcode, s.city, s.parent_bsns
         FROM signal_subject j JOIN signal s ON s.subject_id = j.id AND s.ended_at IS NULL AND s.expires_at > now()
        ORDER BY md5(j.id::text || $2), s.registered_at LIMIT $1`,
      [Math.ceil(PAIRS / Math.max(1, professionals.length)) + 100, String(Date.now())],
    )
  ).rows;
  const taken = new Set(
    (
      await client.query<{ pair: string }>(
        `SELECT account_id || ':' || subject_id AS pair FROM signal
          WHERE ended_at IS NULL AND account_id = ANY($1::uuid[]) AND subject_id = ANY($2::uuid[])`,
        [professionals.map((p) => p.accountId), subjects.map((s) => s.id)],
      )
    ).rows.map((row) => row.pair),
  );
  const today = dutchToday();
  const bodies: Array<{ cookie: string; body: string }> = [];
  // Professional by professional, so that concurrent calls are about different young people.
  for (const professional of professionals) {
    for (const subject of subjects) {
      if (taken.has(`${professional.accountId}:${subject.id}`)) continue;
      const input = {
        bsn: subject.bsn, givenName: subject.given_name, familyName: subject.family_name, dateOfBirth: subject.date_of_birth,
        street: subject.street, houseNumber: subject.house_number, postcode: subject.postcode, city: subject.city,
        parentBsns: subject.parent_bsns, domain: 'YOUTH_CARE', contactPhone: '06-12345678', informedAt: today,
      };
      bodies.push({ cookie: professional.cookie, body: JSON.stringify({ query: REGISTER, variables: { input } }) });
    }
  }
  if (bodies.length === 0) throw new Error('no young person with an active signal to register for');
  let next = 0;
  // Past the last fresh pair the calls repeat, and the API refuses them: the run then reports errors.
  return { next: () => bodies[next++ % bodies.length] };
}
