import { AccountKind, ageOn, FamilyRole } from '@gezinsplan/domain';
import { FamilyScope, Member, NetworkPerson, People } from './family-model';
import { FAMILY_NAMES, GIVEN_NAMES, NETWORK_RELATIONS } from './shape';

const CHILD_COUNT: ReadonlyArray<readonly [number, number]> = [[1, 35], [2, 35], [3, 20], [4, 10]];
const NETWORK_COUNT: ReadonlyArray<readonly [number, number]> = [[0, 30], [1, 35], [2, 25], [3, 10]];

function portalAccount(scope: FamilyScope, kind: AccountKind, name: string, n: number): string {
  const id = scope.rng.uuid();
  scope.rows.add('account', [
    id, `gezin${scope.index}-${n}@bench.gezinsplan.test`, name, kind, null, scope.passwordHash, null, null,
    scope.calendar.at(-scope.ageDays + 3),
  ]);
  return id;
}

/** The household and its network; some parents, older children and network members have a portal account. */
export function generatePeople(scope: FamilyScope, familyName: string): People {
  const { rng, calendar, rows } = scope;
  const members: Member[] = [];
  const addMember = (role: FamilyRole, age: number, authority: boolean, accountChance: number) => {
    const dateOfBirth = calendar.day(-(age * 365.25 + rng.int(1, 360)));
    const given = rng.pick(GIVEN_NAMES);
    const name = `${given} ${familyName}`;
    const accountId = rng.chance(accountChance)
      ? portalAccount(scope, AccountKind.FamilyMember, name, members.length + 1)
      : null;
    const member: Member = {
      id: rng.uuid(), role, dateOfBirth, age: ageOn(dateOfBirth, calendar.anchor), authority, accountId, name,
    };
    members.push(member);
    rows.add('family_member', [
      member.id, scope.id, given, familyName, role, dateOfBirth, authority, role !== FamilyRole.OtherHouseholdMember || rng.chance(0.8),
      accountId, calendar.at(-scope.ageDays),
    ]);
  };
  addMember(FamilyRole.Parent, rng.int(24, 52), true, 0.6);
  if (rng.chance(0.65)) addMember(FamilyRole.Parent, rng.int(24, 55), rng.chance(0.75), 0.4);
  const children = rng.weighted(CHILD_COUNT);
  for (let i = 0; i < children; i++) {
    const age = rng.int(0, 19);
    addMember(FamilyRole.Child, age, false, age >= 12 ? 0.3 : 0);
  }
  if (rng.chance(0.05)) addMember(FamilyRole.OtherHouseholdMember, rng.int(15, 80), false, 0);

  const network: NetworkPerson[] = [];
  const networkCount = Math.max(rng.weighted(NETWORK_COUNT), scope.safetyPlan ? 2 : 0);
  for (let i = 0; i < networkCount; i++) {
    const relation = rng.pick(NETWORK_RELATIONS);
    const name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
    const accountId = scope.safetyPlan && i === 0 && rng.chance(0.5)
      ? portalAccount(scope, AccountKind.NetworkMember, name, 90 + i)
      : null;
    const person: NetworkPerson = { id: rng.uuid(), name, accountId };
    network.push(person);
    rows.add('network_member', [
      person.id, scope.id, name, relation, `06-${rng.int(10_000_000, 99_999_999)}`, null, accountId,
      calendar.at(-scope.ageDays + 1),
    ]);
  }
  return { members, network };
}
