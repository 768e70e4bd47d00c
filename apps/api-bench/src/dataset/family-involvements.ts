import { FamilyRole, InformationCategory, OrganisationType } from '@gezinsplan/domain';
import { FamilyScope, Involvement, Member } from './family-model';
import { Professional } from './population';
import {
  ENDED_INVOLVEMENT_SHARE, HANDOVER_SHARE, INVOLVEMENT_COUNT, PARTNER_TYPES, REGISSEUR_TYPES, SAFETY_SETTERS, TASKS,
  TaskScope,
} from './shape';

export interface Involvements {
  all: Involvement[];
  regisseur: Involvement;
}

function membersFor(scope: FamilyScope, members: readonly Member[], task: TaskScope): string[] {
  const { rng } = scope;
  const children = members.filter((m) => m.role === FamilyRole.Child);
  const parents = members.filter((m) => m.role === FamilyRole.Parent);
  switch (task) {
    case 'ONE_CHILD':
      return [rng.pick(children).id];
    case 'CHILDREN':
      return children.map((m) => m.id);
    case 'ONE_PARENT':
      return [rng.pick(parents).id];
    case 'PARENTS':
      return parents.map((m) => m.id);
    case 'ANYONE':
      return rng.sample(members, rng.int(1, 2)).map((m) => m.id);
  }
}

/**
 * The regisseur (always, with one active assignment) and 1 to 7 partners. A
 * professional has at most one active involvement per family, as the unique
 * index wants; a partner's task concerns a few members and categories.
 */
export function generateInvolvements(scope: FamilyScope, members: readonly Member[]): Involvements {
  const { rng, calendar, rows, population } = scope;
  const taken = new Set<string>();
  const professional = (type: OrganisationType): Professional | null => {
    const pool = population.get(type) ?? [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = rng.pick(pool);
      if (!taken.has(candidate.accountId)) return candidate;
    }
    return null;
  };
  const all: Involvement[] = [];
  const add = (type: OrganisationType, regisseur: boolean, startDay: number, endDay: number | null): Involvement | null => {
    const who = professional(type);
    if (!who) return null;
    if (endDay === null) taken.add(who.accountId);
    const spec = TASKS[type];
    const categories: InformationCategory[] = regisseur
      ? [InformationCategory.General, InformationCategory.Safety, ...(rng.chance(0.2) ? [InformationCategory.Finances] : [])]
      : spec.categories;
    const involvement: Involvement = {
      id: rng.uuid(), accountId: who.accountId, organisationType: type, categories,
      memberIds: regisseur ? members.map((m) => m.id) : membersFor(scope, members, spec.scope),
      regisseur, startDay, endDay,
    };
    all.push(involvement);
    const creator = all[0]?.accountId ?? who.accountId;
    rows.add('involvement', [
      involvement.id, scope.id, who.accountId, who.organisationId, regisseur ? 'Regie gezinsplan' : spec.task,
      categories, involvement.memberIds, calendar.day(startDay), endDay === null ? null : calendar.day(endDay),
      endDay === null ? null : calendar.at(endDay), endDay === null ? null : 'Taak afgerond',
      calendar.at(startDay), creator, 1,
    ]);
    return involvement;
  };

  const start = -scope.ageDays;
  const handoverDay = rng.chance(HANDOVER_SHARE) ? start + Math.floor(scope.ageDays * rng.next() * 0.8) + 1 : null;
  const regisseurType = scope.safetyPlan && rng.chance(0.3) ? OrganisationType.YouthProtection : rng.weighted(REGISSEUR_TYPES);
  // The first regisseur of a handed-over plan: an involvement that ended when the role passed on.
  const previous = handoverDay === null ? null : add(OrganisationType.NeighbourhoodTeam, true, start, handoverDay);
  const regisseur = add(regisseurType, true, handoverDay ?? start, null);
  if (!regisseur) throw new Error(`no regisseur available for family ${scope.index}`);
  if (previous) {
    rows.add('regisseur_assignment', [
      rng.uuid(), scope.id, previous.id, calendar.at(start), calendar.at(handoverDay ?? start),
      'Overgedragen wegens verhuizing van het gezin', previous.accountId,
    ]);
  }
  rows.add('regisseur_assignment', [
    rng.uuid(), scope.id, regisseur.id, calendar.at(handoverDay ?? start), null, null,
    previous?.accountId ?? regisseur.accountId,
  ]);

  const partners = rng.weighted(INVOLVEMENT_COUNT) - 1;
  for (let i = 0; i < partners; i++) {
    // A family with a safety plan always has someone who may set its conditions.
    const type = i === 0 && scope.safetyPlan && !SAFETY_SETTERS.includes(regisseurType)
      ? rng.pick(SAFETY_SETTERS)
      : rng.weighted(PARTNER_TYPES);
    const startDay = start + Math.floor(rng.next() * scope.ageDays * 0.6);
    const ended = rng.chance(ENDED_INVOLVEMENT_SHARE) && startDay < -10;
    add(type, false, startDay, ended ? rng.int(startDay + 1, -1) : null);
  }
  return { all, regisseur };
}
