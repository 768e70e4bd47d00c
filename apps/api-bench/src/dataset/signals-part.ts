import { FamilyRole, OrganisationType as O, SignalDomain as D } from '@gezinsplan/domain';
import { Client } from 'pg';
import { CopyValue } from './copy-format';
import { DatasetPart } from './dataset-parts';
import { GeneratedFamily } from './family';
import { Involvement, Member } from './family-model';
import { Random } from './random';
import { FAMILY_NAMES, GIVEN_NAMES } from './shape';

const DOMAIN: Record<O, D> = {
  [O.School]: D.Education, [O.NeighbourhoodTeam]: D.YouthCare, [O.YouthMentalHealth]: D.MentalHealth,
  [O.AdultMentalHealth]: D.MentalHealth, [O.AddictionCare]: D.Addiction, [O.VeiligThuis]: D.Safety,
  [O.YouthProtection]: D.Safety, [O.ChildProtectionBoard]: D.Safety, [O.GeneralPractitioner]: D.Health,
  [O.Midwife]: D.Health, [O.Police]: D.PoliceJustice, [O.HomeSupport]: D.FinancesHousing, [O.Other]: D.YouthCare,
};

/** Young people registered without a family plan, per family: the Verwijsindex is mostly that. */
const STANDALONE_SUBJECTS = 3;
const SIGNAL_MONTHS = 24;

/**
 * A valid BSN (it passes the eleven-test), unique per (family, slot): eight
 * digits from the numbers, the ninth the check digit; null for the one slot
 * in eleven whose check digit would be 10.
 */
export function benchBsn(familyIndex: number, slot: number): string | null {
  const eight = String(10_000_000 + familyIndex * 16 + slot);
  if (eight.length !== 8) return null;
  const sum = [...eight].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const check = sum % 11;
  return check === 10 ? null : `${eight}${check}`;
}

function postcode(index: number): string {
  const letters = String.fromCharCode(65 + (Math.floor(index / 9000) % 26), 65 + (Math.floor(index / 234_000) % 26));
  return `${1000 + (index % 9000)}${letters}`;
}

/**
 * Signals of involvement (migration 1763900300000-signals): the children of a
 * family registered by most professionals whose task concerns them (so they
 * match), and three young people per family without a plan, each with one or
 * two signals from professionals anywhere. Signals older than their lifetime
 * have expired. Notifications and mails are not generated.
 */
export const SIGNALS_PART: DatasetPart = {
  name: 'signals',
  tables: {
    signal_subject: ['id', 'bsn', 'created_at'],
    signal: [
      'id', 'subject_id', 'account_id', 'organisation_id', 'domain', 'contact_name', 'contact_phone', 'contact_email',
      'informed_at', 'not_informed_reason', 'registered_at', 'expires_at', 'ended_at', 'ended_reason', 'family_id',
      'given_name', 'family_name', 'date_of_birth', 'street', 'house_number', 'postcode', 'city', 'parent_bsns',
    ],
  },
  async applies(client: Client): Promise<boolean> {
    const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('public.signal') IS NOT NULL AS present`);
    return rows[0].present;
  },
  generate({ scope, people, involvements }: GeneratedFamily, rng: Random, add): void {
    const { calendar, index } = scope;
    const street = `${rng.pick(['Dorpsstraat', 'Kerkweg', 'Stationsplein', 'Molenlaan'])}`;
    // Each signal carries the young person as its professional registered them.
    const details = new Map<string, CopyValue[]>();
    const signal = (subjectId: string, accountId: string, organisationId: string, type: O, startDay: number, familyId: string | null) => {
      const registered = calendar.at(startDay);
      const expires = new Date(registered.getTime() + SIGNAL_MONTHS * 30.44 * 86_400_000);
      const expired = expires.getTime() <= calendar.at(0).getTime();
      add('signal', [
        rng.uuid(), subjectId, accountId, organisationId, DOMAIN[type], 'Contactpersoon', `06-${rng.int(10_000_000, 99_999_999)}`,
        'signalen@bench.test', registered, null, registered, expires, expired ? expires : null, expired ? 'EXPIRED' : null, familyId,
        ...(details.get(subjectId) ?? []),
      ]);
    };
    const subject = (slot: number, given: string, familyName: string, dateOfBirth: string, parents: string[], at: number, house: string, code: string) => {
      const bsn = benchBsn(index, slot);
      if (!bsn) return null;
      const id = rng.uuid();
      add('signal_subject', [id, bsn, calendar.at(at)]);
      details.set(id, [given, familyName, dateOfBirth, street, house, code, 'Utrecht', parents]);
      return id;
    };
    const parents = people.members.filter((m: Member) => m.role === FamilyRole.Parent).map((_, i) => benchBsn(index, 12 + i)).filter((b): b is string => b !== null);
    const house = String(1 + (index % 199));
    const code = postcode(index);
    people.members.filter((m) => m.role === FamilyRole.Child).forEach((child, i) => {
      const [given, ...rest] = child.name.split(' ');
      const concerned = involvements.all.filter((inv: Involvement) => inv.endDay === null && inv.memberIds.includes(child.id));
      const first = Math.min(...concerned.map((inv) => inv.startDay), 0);
      const id = concerned.length > 0 ? subject(i, given, rest.join(' '), child.dateOfBirth, parents, first, house, code) : null;
      if (!id) return;
      for (const inv of concerned) {
        if (!rng.chance(0.6)) continue;
        const professional = scope.population.get(inv.organisationType)?.find((p) => p.accountId === inv.accountId);
        if (professional) signal(id, inv.accountId, professional.organisationId, inv.organisationType, inv.startDay, rng.chance(0.5) ? scope.id : null);
      }
    });
    for (let k = 0; k < STANDALONE_SUBJECTS; k++) {
      const day = -rng.int(1, 900);
      const born = calendar.day(-(rng.int(0, 20) * 365.25 + rng.int(1, 360)));
      const id = subject(6 + k, rng.pick(GIVEN_NAMES), rng.pick(FAMILY_NAMES), born, [], day, String(200 + k), postcode(index + 4500));
      if (!id) continue;
      for (let n = rng.chance(0.25) ? 2 : 1; n > 0; n--) {
        const type = rng.pick([O.School, O.YouthMentalHealth, O.GeneralPractitioner, O.Police, O.NeighbourhoodTeam]);
        const pool = scope.population.get(type) ?? [];
        const professional = pool[(index * 7 + k * 3 + n) % pool.length];
        if (professional) signal(id, professional.accountId, professional.organisationId, type, day + n, null);
      }
    }
  },
};
