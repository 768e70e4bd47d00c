import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';

/**
 * The regisseur first (the family's point of contact), then the other active
 * involvements in the order they started, then the ended ones, latest ended first.
 */
export function orderInvolvements<T extends Pick<InvolvementFieldsFragment, 'isRegisseur' | 'endedAt' | 'startsOn'>>(
  involvements: readonly T[],
): T[] {
  const rank = (involvement: T) => (involvement.endedAt ? 2 : involvement.isRegisseur ? 0 : 1);
  return [...involvements].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.endedAt && b.endedAt ? b.endedAt.localeCompare(a.endedAt) : a.startsOn.localeCompare(b.startsOn)),
  );
}

/** Who can take over the regisseur role: the other active involvements. */
export function handoverCandidates<T extends Pick<InvolvementFieldsFragment, 'id' | 'endedAt' | 'isRegisseur'>>(
  involvements: readonly T[],
  ownInvolvementId: string | null | undefined,
): T[] {
  return involvements.filter((involvement) => !involvement.endedAt && !involvement.isRegisseur && involvement.id !== ownInvolvementId);
}
