import { FamilyRole, InformationCategory as C, LIFE_DOMAINS, PlanItemKind as K } from '@gezinsplan/domain';
import { CopyJson } from './copy-format';
import { Assignee, Author, FamilyScope, Involvement, Item, Member, People } from './family-model';
import { Involvements } from './family-involvements';
import { HEAVY_AGREEMENTS, HEAVY_LOG_ENTRIES, SAFETY_SETTERS, TEXTS } from './shape';

type Draft = Omit<Item, 'id' | 'change' | 'targetId' | 'assignee' | 'status' | 'dueDay'> &
  Partial<Pick<Item, 'targetId' | 'assignee' | 'status' | 'dueDay'>>;

/**
 * The living plan: about twenty items a family, written by those who may
 * write them (a partner within its task's categories and members, the
 * regisseur in the general and safety parts, the family in its logbook),
 * with agreements overdue, kept and not kept, evaluations coming up, and for
 * a quarter of the families a safety plan with conditions and a roster.
 */
export function generatePlan(scope: FamilyScope, people: People, involvements: Involvements): Item[] {
  const { rng } = scope;
  const { members } = people;
  const items: Item[] = [];
  const active = involvements.all.filter((i) => i.endDay === null);
  const regisseur = involvements.regisseur;
  const today = 0;

  const add = (draft: Draft): Item => {
    const item: Item = { id: rng.uuid(), change: null, targetId: null, assignee: null, status: null, dueDay: null, ...draft };
    items.push(item);
    return item;
  };
  const dayWithin = (involvement: Involvement) =>
    involvement.startDay + rng.next() * ((involvement.endDay ?? today) - involvement.startDay);
  /** An author and what it may write about: a partner only within its own task. */
  const writer = () => {
    const involvement = rng.chance(0.45) ? regisseur : rng.pick(involvements.all);
    const category = involvement.regisseur ? rng.weighted([[C.General, 8], [C.Safety, 2]] as const) : rng.pick(involvement.categories);
    const about = involvement.regisseur
      ? rng.sample(members, rng.int(0, 2)).map((m) => m.id)
      : rng.sample(involvement.memberIds, rng.int(1, involvement.memberIds.length));
    const author: Author = { type: 'INVOLVEMENT', involvement };
    return { involvement, category, about, author, createdDay: dayWithin(involvement) };
  };
  const text = (list: readonly string[], extra: CopyJson = {}): CopyJson => ({ text: rng.pick(list), ...extra });

  for (let i = rng.int(2, 5); i > 0; i--) {
    const w = writer();
    add({ ...w, kind: K.Situation, content: text(TEXTS.situation, { lifeDomain: rng.pick(LIFE_DOMAINS), aspect: rng.pick(['STRENGTH', 'CONCERN']) }) });
  }
  const goals: Item[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const w = writer();
    const about = w.about.length > 0 ? w.about : [rng.pick(members).id];
    const status = rng.weighted([['OPEN', 75], ['ACHIEVED', 20], ['STOPPED', 5]] as const);
    goals.push(add({ ...w, about, kind: K.Goal, status, content: text(TEXTS.goal, { lifeDomain: rng.pick(LIFE_DOMAINS) }) }));
  }
  for (let i = scope.heavy ? rng.int(...HEAVY_AGREEMENTS) : rng.int(3, 8); i > 0; i--) {
    const w = writer();
    const dueDay = Math.floor(w.createdDay) + rng.int(7, 90);
    let status = 'OPEN';
    const content: Record<string, string> = { text: rng.pick(TEXTS.agreement) };
    if (dueDay < today) status = rng.weighted([['DONE', 55], ['NOT_KEPT', 15], ['OPEN', 30]] as const);
    else if (rng.chance(0.1)) status = 'DONE';
    if (status === 'NOT_KEPT') content['statusReason'] = 'Niet gelukt door ziekte';
    if (goals.length > 0 && rng.chance(0.5)) content['goalId'] = rng.pick(goals).id;
    add({ ...w, kind: K.Agreement, status, dueDay, content, assignee: agreementAssignee(scope, w.involvement, active, people) });
  }
  for (const child of members.filter((m) => m.role === FamilyRole.Child && m.age >= 4)) {
    if (!rng.chance(0.5)) continue;
    add({ kind: K.ChildVoice, category: C.General, about: [child.id], author: { type: 'INVOLVEMENT', involvement: regisseur },
      createdDay: dayWithin(regisseur), content: text(TEXTS.childVoice) });
  }
  for (let i = rng.int(1, 2); i > 0; i--) {
    const dueDay = rng.int(-60, 30);
    const held = dueDay < today && rng.chance(0.8);
    add({ kind: K.Evaluation, category: C.General, about: [], author: { type: 'INVOLVEMENT', involvement: regisseur },
      createdDay: Math.max(regisseur.startDay, Math.min(dueDay - 7, today) - rng.next() * 20), dueDay, status: held ? 'HELD' : 'PLANNED',
      content: text(TEXTS.evaluation, held ? { outcome: 'Doelen deels bereikt', changes: 'Nieuwe afspraak over school' } : {}) });
  }
  const withAccounts = members.filter((m) => m.accountId !== null && (m.role !== FamilyRole.Child || m.age >= 12));
  for (let i = scope.heavy ? rng.int(...HEAVY_LOG_ENTRIES) : rng.int(3, 8); i > 0; i--) {
    if (withAccounts.length > 0 && rng.chance(0.15)) {
      const member = rng.pick(withAccounts);
      add({ kind: K.LogEntry, category: C.General, about: [member.id], author: { type: 'MEMBER', member },
        createdDay: -rng.next() * scope.ageDays, content: text(TEXTS.log, { occurredOn: scope.calendar.day(0) }) });
    } else {
      const w = writer();
      add({ ...w, kind: K.LogEntry, content: text(TEXTS.log, { occurredOn: scope.calendar.day(w.createdDay) }) });
    }
  }
  if (scope.safetyPlan) addSafetyPlan(scope, people, involvements, add);
  const targets = [...items];
  for (let i = withAccounts.length > 0 ? rng.int(0, 2) : 0; i > 0; i--) {
    const target = rng.pick(targets);
    const member: Member = rng.pick(withAccounts);
    // A response shares its target's category and subjects (plan-item.service respond()).
    add({ kind: rng.chance(0.9) ? K.Comment : K.OwnView, category: target.category, about: target.about, targetId: target.id,
      author: { type: 'MEMBER', member }, createdDay: target.createdDay + rng.next() * (today - target.createdDay),
      content: text(TEXTS.comment) });
  }
  addLaterChanges(scope, items, regisseur);
  return items;
}

function agreementAssignee(scope: FamilyScope, author: Involvement, active: Involvement[], people: People): Assignee {
  const { rng } = scope;
  // A partner makes agreements for its own involvement; the regisseur for anyone.
  if (!author.regisseur) return { type: 'INVOLVEMENT', id: author.id };
  const roll = rng.next();
  if (roll < 0.5) return { type: 'INVOLVEMENT', id: rng.pick(active).id };
  if (roll < 0.85 || people.network.length === 0) return { type: 'MEMBER', id: rng.pick(people.members).id };
  return { type: 'NETWORK', id: rng.pick(people.network).id };
}

function addSafetyPlan(scope: FamilyScope, people: People, involvements: Involvements, add: (draft: Draft) => Item): void {
  const { rng, calendar } = scope;
  const { regisseur } = involvements;
  const setter = involvements.all.find((i) => i.endDay === null && SAFETY_SETTERS.includes(i.organisationType)) ?? regisseur;
  const by = (involvement: Involvement): Author => ({ type: 'INVOLVEMENT', involvement });
  const start = Math.max(setter.startDay, regisseur.startDay) + 1;
  const when = () => start + rng.next() * (0 - start);
  const contact = people.network[0];
  add({ kind: K.SafetyPlan, category: C.Safety, about: [], author: by(setter), createdDay: start, dueDay: rng.int(7, 60),
    content: { text: 'Veiligheidsplan', contactName: contact.name, contactPhone: '06-12345678', planB: 'De kinderen gaan naar oma',
      safetyForChild: 'Niemand schreeuwt', safetyForParents: 'Rust in huis', safetyForProfessionals: 'Geen geweld',
      startsOn: calendar.day(start), endsOn: calendar.day(start + 180) } });
  for (let i = rng.int(2, 4); i > 0; i--) {
    add({ kind: K.SafetyCondition, category: C.Safety, about: [], author: by(setter), createdDay: when(), content: { text: rng.pick(TEXTS.safety) } });
  }
  for (let i = rng.int(1, 3); i > 0; i--) {
    const assignee: Assignee = rng.chance(0.6) ? { type: 'NETWORK', id: rng.pick(people.network).id } : { type: 'MEMBER', id: rng.pick(people.members).id };
    add({ kind: K.SafetyAgreement, category: C.Safety, about: [], author: by(regisseur), createdDay: when(), assignee,
      status: rng.weighted([['OPEN', 80], ['DONE', 15], ['NOT_KEPT', 5]] as const), content: { text: rng.pick(TEXTS.safety) } });
  }
  for (let i = rng.int(2, 4); i > 0; i--) {
    add({ kind: K.RosterEntry, category: C.Safety, about: [], author: by(regisseur), createdDay: when(),
      assignee: { type: 'NETWORK', id: rng.pick(people.network).id },
      content: { text: 'Kinderen uit school halen', weekday: rng.int(1, 7), cancelContact: contact.name } });
  }
  const watcher = people.network.find((n) => n.accountId !== null);
  for (let i = watcher ? rng.int(0, 3) : 0; watcher && i > 0; i--) {
    add({ kind: K.LogEntry, category: C.Safety, about: [], author: { type: 'NETWORK', person: watcher }, createdDay: when(),
      content: { text: 'Alles rustig vandaag' } });
  }
}

/** A few items were changed once after they were written: withheld from the family, or removed. */
function addLaterChanges(scope: FamilyScope, items: Item[], regisseur: Involvement): void {
  const { rng } = scope;
  for (const item of items) {
    if (item.kind === K.Comment || item.kind === K.OwnView || item.kind === K.SafetyPlan || item.author.type !== 'INVOLVEMENT') continue;
    const day = item.createdDay + rng.next() * (0 - item.createdDay);
    if (rng.chance(0.03)) {
      item.change = { day, byAccountId: regisseur.accountId, withheld: 'Nog niet met het gezin besproken' };
    } else if (rng.chance(0.02) && (item.kind === K.Situation || item.kind === K.LogEntry)) {
      item.change = { day, byAccountId: item.author.involvement.accountId, removed: 'Bij het verkeerde gezin ingevoerd' };
    }
  }
}
