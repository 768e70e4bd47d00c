import { CopyValue } from './copy-format';
import { accountOf, FamilyScope, Item } from './family-model';
import { ADOPTED_PLAN_SHARE } from './shape';

/** The plan_item row as the app would have left it: version 1, or 2 after one later change. */
export function itemRow(scope: FamilyScope, item: Item): CopyValue[] {
  const { calendar } = scope;
  const author = accountOf(item.author);
  const a = item.author;
  const created = calendar.at(item.createdDay);
  const changed = item.change;
  return [
    item.id, scope.id, item.kind, item.category, item.about, author,
    a.type === 'INVOLVEMENT' ? a.involvement.id : null,
    a.type === 'MEMBER' ? a.member.id : null,
    a.type === 'NETWORK' ? a.person.id : null,
    item.assignee?.type === 'INVOLVEMENT' ? item.assignee.id : null,
    item.assignee?.type === 'MEMBER' ? item.assignee.id : null,
    item.assignee?.type === 'NETWORK' ? item.assignee.id : null,
    item.targetId, item.content, item.status, item.dueDay === null ? null : calendar.day(item.dueDay),
    changed?.withheld ?? null,
    changed?.removed ? calendar.at(changed.day) : null,
    changed?.removed ?? null,
    changed ? 2 : 1,
    created,
    changed ? calendar.at(changed.day) : created,
    changed ? changed.byAccountId : author,
  ];
}

/** The moment of the family's last plan change, as the revision trigger would have set it. */
export function lastChange(scope: FamilyScope, items: readonly Item[]): Date {
  let last = -scope.ageDays;
  for (const item of items) last = Math.max(last, item.change?.day ?? item.createdDay);
  return scope.calendar.at(last);
}

/** Some families adopted their plan once: a frozen version of the items that then existed, at version 1. */
export function adoptedVersion(scope: FamilyScope, items: readonly Item[], regisseurAccountId: string, sinceDay: number): void {
  const { rng, calendar, rows } = scope;
  if (!rng.chance(ADOPTED_PLAN_SHARE)) return;
  const adoptedDay = sinceDay + rng.next() * (0 - sinceDay);
  const frozen = items.filter((item) => item.createdDay < adoptedDay && (!item.change || item.change.day > adoptedDay));
  if (frozen.length === 0) return;
  const id = rng.uuid();
  rows.add('plan_version', [id, scope.id, 1, calendar.at(adoptedDay), regisseurAccountId, 'Vastgesteld in het gezinsgesprek']);
  for (const item of frozen) rows.add('plan_version_item', [id, item.id, 1]);
}
