import { PlanItemKind } from '@gezinsplan/domain';
import { FamilyFacts, ItemFacts, Party } from './facts';
import { effectiveRelation, ReadAccess, ReadGrant, readGrant } from './read-grant';

export function isParty(party: Party | null, self: Party): boolean {
  if (!party) return false;
  return (
    (!!self.involvementId && party.involvementId === self.involvementId) ||
    (!!self.memberId && party.memberId === self.memberId) ||
    (!!self.networkMemberId && party.networkMemberId === self.networkMemberId)
  );
}

/**
 * The safety conditions: the bottom line the family and its network hold on
 * to. "Told afterwards" never hides them (an involvement the family is still to
 * be told of sets none: `decideBottomLine`), so the family always sees them.
 */
export const BOTTOM_LINE_KINDS: readonly PlanItemKind[] = [PlanItemKind.SafetyCondition];

/**
 * Applies a grant to one item. The SQL in the API's plan repository applies
 * the same steps in the same order; the access matrix test keeps them equal.
 */
export function readAccess(grant: ReadGrant, item: ItemFacts): ReadAccess {
  if (grant.relation === 'NONE') return 'HIDDEN';
  if (grant.respectsWithholding && item.withheldFromFamily) return 'HIDDEN';
  const undisclosed = (party: Party | null) => !!party?.involvementId && grant.hiddenInvolvementIds.includes(party.involvementId);
  if (!BOTTOM_LINE_KINDS.includes(item.kind) && (undisclosed(item.author) || undisclosed(item.assignee))) return 'HIDDEN';
  if (isParty(item.author, grant.self)) return 'FULL';
  if (item.aboutMemberIds.some((id) => grant.hiddenMemberIds.includes(id))) return 'HIDDEN';
  if (grant.openKinds.includes(item.kind)) return 'FULL';
  if (grant.assignedKinds.includes(item.kind) && isParty(item.assignee, grant.self)) return 'FULL';
  const categories = item.kind === PlanItemKind.Agreement ? grant.agreementCategories : grant.categories;
  const category = categories[item.category];
  if (category && (grant.categoryKinds === null || grant.categoryKinds.includes(item.kind))) {
    const about = item.aboutMemberIds;
    const covered =
      about.length === 0
        ? category.familyWide
        : grant.match === 'ALL'
          ? about.every((id) => category.memberIds.includes(id))
          : about.some((id) => category.memberIds.includes(id));
    if (covered) return 'FULL';
  }
  if (invites(grant, item)) return 'REDACTED';
  return grant.otherwise;
}

/**
 * Kinds that invite people: whoever one invites learns at least that it
 * exists, when it is and that they are invited, even when they may not read
 * what it says (a young person invited to the family's evaluation of the whole
 * plan). Hidden, withheld and undisclosed items stay hidden all the same.
 */
export const INVITATION_KINDS: readonly PlanItemKind[] = [PlanItemKind.Evaluation];

/** Whether this item invites the reader (their membership or their involvement). */
export function invites(grant: ReadGrant, item: ItemFacts): boolean {
  if (!INVITATION_KINDS.includes(item.kind)) return false;
  const { memberId, involvementId } = grant.self;
  return (!!memberId && item.invitedMemberIds.includes(memberId)) || (!!involvementId && item.invitedInvolvementIds.includes(involvementId));
}

/**
 * Family members an evaluation would invite to a stub that names others: a
 * stub tells its reader whom it is about and in which category ("a mental
 * health evaluation about your mother"). A family member is therefore invited
 * to an evaluation about the whole family, or to one they may read in full.
 * Professionals' stubs name subject and category for everyone involved already.
 */
export function invitedToStubAboutOthers(facts: FamilyFacts, item: ItemFacts): string[] {
  if (!INVITATION_KINDS.includes(item.kind) || item.aboutMemberIds.length === 0) return [];
  return item.invitedMemberIds.filter(
    (memberId) => readAccess(readGrant(effectiveRelation({ type: 'FAMILY_MEMBER', memberId }, facts), facts), item) === 'REDACTED',
  );
}

/**
 * Kinds whose redacted stub also carries who carries it and its due date: the
 * "who does what by when" overview every involved professional keeps, without
 * what it is about in detail (its text, reasons, notes, and for anyone but the
 * regisseur whether it was kept: `stubCarriesStatus`).
 */
export const STUB_FACT_KINDS: readonly PlanItemKind[] = [PlanItemKind.Agreement];

/**
 * Whether a redacted stub carries its date and status: an agreement's always
 * (who does what by when), an invitation's for whom it invites (when to come).
 */
export function stubCarriesFacts(grant: ReadGrant, item: ItemFacts): boolean {
  return STUB_FACT_KINDS.includes(item.kind) || invites(grant, item);
}

/**
 * Whether a redacted stub also says where the item stands: an invitation's for
 * whom it invites (planned or held), an agreement's for the regisseur only. A
 * school counsellor learns that the mother carries an agreement and by when,
 * not that she did not keep it.
 */
export function stubCarriesStatus(grant: ReadGrant, item: ItemFacts): boolean {
  return invites(grant, item) || (grant.seesAgreementProgress && STUB_FACT_KINDS.includes(item.kind));
}
