import { ItemFacts, Party, Relation } from './facts';
import { isParty, readAccess } from './read-access';
import { ReadGrant } from './read-grant';

/**
 * May this person read an earlier version of an item, as it was? Only in full,
 * and only when both the rule then and the rule now give it in full: an item
 * withheld from the family today stays hidden in its old versions, one shared
 * only since stays closed before, and a stub reader gets no content history
 * (not even when it changed, which its stub does not tell either).
 * The API's history query applies the same rule in SQL.
 */
export function readsEarlierVersion(grant: ReadGrant, then: ItemFacts, now: ItemFacts): boolean {
  const thenAsNow = { ...then, withheldFromFamily: then.withheldFromFamily || now.withheldFromFamily };
  return readAccess(grant, now) === 'FULL' && readAccess(grant, thenAsNow) === 'FULL';
}

/**
 * Is the item marked "changed by someone else" for this person? For its author
 * and the regisseur, when the last change was made by a party other than the
 * author (and not by the reader themselves): nothing is silently overwritten.
 */
export function seesChangedByOther(relation: Relation, author: Party, lastChangedBy: Party | null): boolean {
  if (!lastChangedBy || isParty(lastChangedBy, author)) return false;
  if (relation.type !== 'PROFESSIONAL') return isParty(author, selfOf(relation)) && !isParty(lastChangedBy, selfOf(relation));
  const self = { involvementId: relation.involvement.id };
  if (isParty(lastChangedBy, self)) return false;
  return relation.involvement.isRegisseur || isParty(author, self);
}

function selfOf(relation: Exclude<Relation, { type: 'PROFESSIONAL' }>): Party {
  if (relation.type === 'FAMILY_MEMBER') return { memberId: relation.memberId };
  if (relation.type === 'NETWORK_MEMBER') return { networkMemberId: relation.networkMemberId };
  return {};
}
