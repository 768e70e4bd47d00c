import { Calendar } from './calendar';
import { generateConsents } from './family-consents';
import { generateInvolvements, Involvements } from './family-involvements';
import { adoptedVersion, itemRow, lastChange } from './family-items-rows';
import { generateAccessLog } from './family-log';
import { FamilyScope, Item, People } from './family-model';
import { generatePeople } from './family-people';
import { generatePlan } from './family-plan';
import { Population } from './population';
import { Random } from './random';
import { FAMILY_NAMES, HEAVY_AGE_DAYS, HEAVY_EVERY, SAFETY_PLAN_SHARE } from './shape';
import { TableRows } from './tables';

export interface DatasetContext {
  seed: number;
  calendar: Calendar;
  population: Population;
  passwordHash: string;
}

/** What was generated for one family: handed to the dataset parts (dataset-parts.ts) that build on it. */
export interface GeneratedFamily {
  scope: FamilyScope;
  people: People;
  involvements: Involvements;
  items: Item[];
}

/** One family and everything around it, from its own random stream: the same seed gives the same family. */
export function generateFamily(index: number, context: DatasetContext, rows: TableRows): GeneratedFamily {
  const rng = new Random(context.seed, index + 1);
  const heavy = index % HEAVY_EVERY === HEAVY_EVERY - 1;
  const scope: FamilyScope = {
    index,
    id: rng.uuid(),
    rng,
    calendar: context.calendar,
    population: context.population,
    passwordHash: context.passwordHash,
    rows,
    ageDays: heavy ? rng.int(...HEAVY_AGE_DAYS) : rng.int(30, 900),
    safetyPlan: rng.chance(SAFETY_PLAN_SHARE),
    heavy,
  };
  const familyName = rng.pick(FAMILY_NAMES);
  const familyRowIndex = rows.count('family');
  // The family row comes first (its children refer to it); its last change is filled in below.
  const familyRow = [scope.id, `Gezin ${familyName}`, context.calendar.at(-scope.ageDays), '', context.calendar.at(0)];
  rows.add('family', familyRow);
  const people = generatePeople(scope, familyName);
  const involvements = generateInvolvements(scope, people.members);
  familyRow[3] = involvements.all[0].accountId;
  const items = generatePlan(scope, people, involvements);
  for (const item of items) rows.add('plan_item', itemRow(scope, item));
  familyRow[4] = lastChange(scope, items);
  adoptedVersion(scope, items, involvements.regisseur.accountId, involvements.regisseur.startDay);
  const bases = generateConsents(scope, people.members, involvements.all, involvements.regisseur);
  generateAccessLog(scope, people, involvements.all, items, bases);
  if (rows.of('family')[familyRowIndex] !== familyRow) throw new Error('family rows out of order');
  return { scope, people, involvements, items };
}
