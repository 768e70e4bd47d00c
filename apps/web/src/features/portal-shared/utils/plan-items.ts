import { dutchToday, PlanItemKind } from '@gezinsplan/domain';
import { PortalPlanItemFragment } from '../../../graphql/generated/graphql';

export type PortalPlanItem = PortalPlanItemFragment;

const RESPONSE_KINDS: readonly PlanItemKind[] = [PlanItemKind.Comment, PlanItemKind.OwnView];

export function isResponse(item: PortalPlanItem): boolean {
  return RESPONSE_KINDS.includes(item.kind);
}

/** The items of the given kinds, in the order the API gave them. Only what may be read in full. */
export function itemsOfKind(items: readonly PortalPlanItem[], ...kinds: PlanItemKind[]): PortalPlanItem[] {
  return items.filter((item) => item.access === 'FULL' && kinds.includes(item.kind));
}

/** Comments and own views per item they answer, oldest first, as a conversation reads. */
export function responsesByTarget(items: readonly PortalPlanItem[]): ReadonlyMap<string, PortalPlanItem[]> {
  const byTarget = new Map<string, PortalPlanItem[]>();
  for (const item of items) {
    if (!isResponse(item) || !item.targetItemId) continue;
    byTarget.set(item.targetItemId, [...(byTarget.get(item.targetItemId) ?? []), item]);
  }
  for (const responses of byTarget.values()) responses.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byTarget;
}

/** The Dutch day (YYYY-MM-DD) a logbook entry is about: the day it happened when given, else the day it was written. */
export function entryDay(item: PortalPlanItem): string {
  return item.occurredOn ?? dutchToday(new Date(item.createdAt));
}

/** Logbook entries, newest first; entries about the same day by the moment they were written. */
export function newestFirst(entries: readonly PortalPlanItem[]): PortalPlanItem[] {
  return [...entries].sort(
    (a, b) => entryDay(b).localeCompare(entryDay(a)) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Names of the family members an item is about, in the order of the family. */
export function namesOf(
  memberIds: readonly string[],
  members: readonly { id: string; givenName: string }[],
): string[] {
  return members.filter((member) => memberIds.includes(member.id)).map((member) => member.givenName);
}
