import { AccountKind, ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { Calendar } from './calendar';
import { CASELOAD, MEAN_PARTNERS, PARTNER_TYPES, PROFESSIONALS_PER_ORGANISATION, REGISSEUR_TYPES, TASKS } from './shape';
import { FAMILY_NAMES, GIVEN_NAMES } from './shape';
import { Random } from './random';
import { TableRows } from './tables';

export interface Professional {
  accountId: string;
  organisationId: string;
  type: OrganisationType;
}

/** The professionals of every organisation type, from which involvements draw. */
export type Population = ReadonlyMap<OrganisationType, readonly Professional[]>;

/** Stream number for the population, far from the family streams (1 … families). */
const POPULATION_STREAM = 0x7fff_fff0;

function share(choices: ReadonlyArray<readonly [OrganisationType, number]>, type: OrganisationType): number {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  return (choices.find(([t]) => t === type)?.[1] ?? 0) / total;
}

/**
 * Organisations and their professionals, sized so that a professional has
 * about CASELOAD families at any scale: the country grows by more people,
 * not by fuller desks.
 */
export function generatePopulation(families: number, seed: number, passwordHash: string, calendar: Calendar, rows: TableRows): Population {
  const rng = new Random(seed, POPULATION_STREAM);
  const pools = new Map<OrganisationType, Professional[]>();
  let number = 0;
  for (const type of ORGANISATION_TYPES) {
    const involvements = families * (share(REGISSEUR_TYPES, type) + MEAN_PARTNERS * share(PARTNER_TYPES, type));
    const people = Math.max(2, Math.ceil(involvements / CASELOAD));
    const organisations = Array.from({ length: Math.max(1, Math.ceil(people / PROFESSIONALS_PER_ORGANISATION)) }, (_, i) => {
      const id = rng.uuid();
      rows.add('organisation', [id, `${TASKS[type].discipline}en ${type.toLowerCase()} ${i + 1}`, type, calendar.at(-1500)]);
      return id;
    });
    const pool: Professional[] = [];
    for (let i = 0; i < people; i++) {
      const accountId = rng.uuid();
      const organisationId = organisations[i % organisations.length];
      number += 1;
      rows.add('account', [
        accountId,
        `prof${number}@${type.toLowerCase().replace(/_/g, '-')}.bench.test`,
        `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`,
        AccountKind.Professional,
        organisationId,
        passwordHash,
        TASKS[type].discipline,
        `06-${String(rng.int(10_000_000, 99_999_999))}`,
        calendar.at(-1400 + rng.int(0, 700)),
      ]);
      pool.push({ accountId, organisationId, type });
    }
    pools.set(type, pool);
  }
  return pools;
}
