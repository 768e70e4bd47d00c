import { AccountKind } from '@gezinsplan/domain';
import { Bases } from './family-consents';
import { FamilyScope, Involvement, Item, accountOf, People } from './family-model';
import { HEAVY_READS } from './shape';

/**
 * About fifty access-log lines a family: every write, and the reads of those
 * involved (plan and family pages) over the life of the plan, with the basis
 * the app records. Addresses are from the documentation ranges.
 */
export function generateAccessLog(scope: FamilyScope, people: People, involvements: readonly Involvement[], items: readonly Item[], bases: Bases): void {
  const { rng, calendar, rows } = scope;
  const allMembers = people.members.map((m) => m.id);
  const line = (
    day: number, accountId: string, kind: AccountKind, involvementId: string | null, memberIds: readonly string[],
    itemId: string | null, list: string | null, action: string, basis: string, consentIds: readonly string[], legalIds: readonly string[],
  ) => rows.add('access_log', [
    calendar.at(day), accountId, kind, involvementId, scope.id, memberIds, itemId, list, action, basis, consentIds, legalIds,
    rng.uuid(), `203.0.113.${rng.int(1, 254)}`,
  ]);
  const basisOf = (involvement: Involvement) => (involvement.regisseur ? 'REGISSEUR' : 'INVOLVEMENT_TASK');

  for (const involvement of involvements) {
    const end = involvement.endDay ?? 0;
    const consentIds = bases.consentIds.get(involvement.id) ?? [];
    const legalIds = bases.legalBasisIds.get(involvement.id) ?? [];
    const when = () => involvement.startDay + rng.next() * (end - involvement.startDay);
    for (let i = scope.heavy ? rng.int(...HEAVY_READS) : rng.int(2, 8); i > 0; i--) {
      line(when(), involvement.accountId, AccountKind.Professional, involvement.id, involvement.memberIds, null, 'plan', 'READ', basisOf(involvement), consentIds, legalIds);
    }
    for (let i = rng.int(1, 2); i > 0; i--) {
      line(when(), involvement.accountId, AccountKind.Professional, involvement.id, allMembers, null, 'family', 'READ', basisOf(involvement), consentIds, legalIds);
    }
  }
  for (const item of items) {
    const a = item.author;
    const action = item.targetId ? 'RESPOND' : 'CREATE';
    if (a.type === 'INVOLVEMENT') {
      line(item.createdDay, a.involvement.accountId, AccountKind.Professional, a.involvement.id, item.about, item.id, null, action, basisOf(a.involvement), [], []);
    } else {
      const kind = a.type === 'MEMBER' ? AccountKind.FamilyMember : AccountKind.NetworkMember;
      line(item.createdDay, accountOf(a), kind, null, item.about, item.id, null, action, a.type === 'MEMBER' ? 'FAMILY_OWN' : 'NETWORK_ROLE', [], []);
    }
  }
  for (const member of people.members) {
    if (!member.accountId) continue;
    for (let i = rng.int(1, 4); i > 0; i--) {
      line(-rng.next() * scope.ageDays, member.accountId, AccountKind.FamilyMember, null, [member.id], null, 'plan', 'READ', 'FAMILY_OWN', [], []);
    }
  }
}
