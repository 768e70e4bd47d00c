import { InformationCategory, PlanItemKind, RESPONSE_KINDS } from '@gezinsplan/domain';
import { undisclosedInvolvementIds } from './consent';
import { FamilyFacts, ItemFacts, Relation } from './facts';
import { BOTTOM_LINE_KINDS, isParty, readAccess } from './read-access';
import { ReadGrant } from './read-grant';

export type WriteDecision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: WriteDecision = { allowed: true };
const deny = (reason: string): WriteDecision => ({ allowed: false, reason });

/** Kinds a partner professional may add, within their own task. */
const PARTNER_KINDS: readonly PlanItemKind[] = [
  PlanItemKind.Agreement,
  PlanItemKind.LogEntry,
  PlanItemKind.Situation,
  PlanItemKind.SafetyCondition,
  PlanItemKind.SafetyAgreement,
];

/** Organisation types that may set safety conditions (the bottom line), as regisseur or partner. */
export const SAFETY_CONDITION_SETTERS = ['VEILIG_THUIS', 'YOUTH_PROTECTION', 'CHILD_PROTECTION_BOARD'] as const;

export interface NewItemFacts {
  kind: PlanItemKind;
  category: InformationCategory;
  aboutMemberIds: readonly string[];
  assignee: ItemFacts['assignee'];
}

/** May this person add an item? Responses (comments, own views) go through `decideRespond`. */
export function decideAdd(relation: Relation, item: NewItemFacts, organisationType: string | null): WriteDecision {
  if (RESPONSE_KINDS.includes(item.kind)) return deny('Comments and own views are added as a response to an item.');
  switch (relation.type) {
    case 'PROFESSIONAL': {
      const { involvement } = relation;
      if (item.kind === PlanItemKind.SafetyCondition && !SAFETY_CONDITION_SETTERS.some((t) => t === organisationType)) {
        return deny('Safety conditions are set by Veilig Thuis, youth protection or the Child Protection Board.');
      }
      if (involvement.isRegisseur) return ALLOW;
      if (!PARTNER_KINDS.includes(item.kind)) return deny('Only the regisseur adds this part of the plan.');
      if (!involvement.categories.includes(item.category)) {
        return deny('You can only add information in the categories of your own task.');
      }
      if (!item.aboutMemberIds.every((id) => involvement.memberIds.includes(id))) {
        return deny('You can only add information about the family members your task concerns.');
      }
      if (item.kind === PlanItemKind.Agreement && item.assignee?.involvementId !== involvement.id) {
        return deny('A partner adds agreements for their own involvement; ask the regisseur for others.');
      }
      return ALLOW;
    }
    case 'FAMILY_MEMBER':
    case 'NETWORK_MEMBER':
      return item.kind === PlanItemKind.LogEntry ? ALLOW : deny('You can write in the logbook and respond to the plan.');
    case 'NONE':
      return deny('You are not involved with this family.');
  }
}

/**
 * An item about nobody in particular is about the whole family, and is read
 * as such (by family members who read family-wide items, by partners with
 * that category in their task). A partner writes only
 * about the members their task concerns, so a partner makes an item
 * family-wide only when their task concerns every member of the family;
 * otherwise "about nobody" would open it to all of them. Checked on adding and
 * on every update that changes whom an item is about.
 */
export function decideAboutWholeFamily(relation: Relation, kind: PlanItemKind, aboutMemberIds: readonly string[], facts: FamilyFacts): WriteDecision {
  // The bottom line is set for the whole family to know (`BOTTOM_LINE_KINDS`): a safety condition may concern everyone.
  if (BOTTOM_LINE_KINDS.includes(kind)) return ALLOW;
  if (aboutMemberIds.length > 0 || relation.type !== 'PROFESSIONAL' || relation.involvement.isRegisseur) return ALLOW;
  const { memberIds } = relation.involvement;
  if (facts.members.every((member) => memberIds.includes(member.id))) return ALLOW;
  return deny('Your task does not concern the whole family: choose the family members your task concerns.');
}

/**
 * A safety condition is the bottom line the family must know, and the family
 * always sees it: an involvement the family is to be told of afterwards, and
 * has not been told of yet, sets none until the telling is recorded.
 */
export function decideBottomLine(relation: Relation, kind: PlanItemKind, facts: FamilyFacts): WriteDecision {
  if (!BOTTOM_LINE_KINDS.includes(kind) || relation.type !== 'PROFESSIONAL') return ALLOW;
  if (!undisclosedInvolvementIds(facts).includes(relation.involvement.id)) return ALLOW;
  return deny('The family is told of your involvement afterwards: a safety condition can be set once the regisseur has recorded that the family was told.');
}

/** May this person change or remove an existing item? */
export function decideEdit(relation: Relation, grant: ReadGrant, item: ItemFacts): WriteDecision {
  if (RESPONSE_KINDS.includes(item.kind)) return deny('Comments and own views are never changed; add a new one.');
  if (relation.type !== 'PROFESSIONAL') return deny('Only professionals change the plan; you can respond to it.');
  if (readAccess(grant, item) !== 'FULL') return deny('You cannot change information you may not read.');
  if (relation.involvement.isRegisseur) return ALLOW;
  if (isParty(item.author, { involvementId: relation.involvement.id })) return ALLOW;
  if (item.kind === PlanItemKind.Agreement && isParty(item.assignee, { involvementId: relation.involvement.id })) {
    return ALLOW;
  }
  return deny('You can change what your own involvement wrote and your own agreements; ask the regisseur for the rest.');
}

/** May this person mark an agreement as done (the family's one change to the plan)? */
export function decideMarkDone(relation: Relation, grant: ReadGrant, item: ItemFacts): WriteDecision {
  if (item.kind !== PlanItemKind.Agreement && item.kind !== PlanItemKind.SafetyAgreement) {
    return deny('Only agreements can be marked as done.');
  }
  if (relation.type === 'PROFESSIONAL') return decideEdit(relation, grant, item);
  if (relation.type === 'FAMILY_MEMBER' && isParty(item.assignee, { memberId: relation.memberId })) return ALLOW;
  return deny('You can mark only your own agreements as done.');
}

/** May this person comment on, or record their own view next to, an item? */
export function decideRespond(relation: Relation, grant: ReadGrant, target: ItemFacts): WriteDecision {
  if (relation.type !== 'FAMILY_MEMBER') return deny('Comments and own views are the family’s voice in the plan.');
  if (RESPONSE_KINDS.includes(target.kind)) return deny('Respond to the item itself, not to a response.');
  if (readAccess(grant, target) !== 'FULL') return deny('You can respond only to what you can read.');
  return ALLOW;
}

/** Coordination: inviting and ending involvements, handover, adopting, withholding, consent records. */
export function decideCoordinate(relation: Relation): WriteDecision {
  if (relation.type === 'PROFESSIONAL' && relation.involvement.isRegisseur) return ALLOW;
  return deny('Only the regisseur does this.');
}

/**
 * Answering a proposal to take over as regisseur (accept or decline): only the
 * professional of the proposed involvement. A proposal moves no rights by
 * itself: until it is accepted, `decideCoordinate` still allows the current
 * regisseur alone. The API answers a refusal with NOT_FOUND: whether a
 * proposal exists is not for others to learn.
 */
export function decideAnswerHandover(relation: Relation, proposedInvolvementId: string): WriteDecision {
  if (relation.type === 'PROFESSIONAL' && relation.involvement.id === proposedInvolvementId) return ALLOW;
  return deny('Only the professional proposed as regisseur answers the proposal.');
}

/** Reading an open handover proposal (who, by whom, the note): the regisseur who stands by it and the proposed professional. */
export function decideReadHandover(relation: Relation, proposedInvolvementId: string): WriteDecision {
  if (decideCoordinate(relation).allowed || decideAnswerHandover(relation, proposedInvolvementId).allowed) return ALLOW;
  return deny('Only the regisseur and the proposed professional see a handover proposal.');
}

/**
 * The add rule, applied to what an update changes: a partner moves an item to
 * no member outside their task, and moves an agreement to no one but their own
 * involvement (ask the regisseur for others). Unchanged fields are not judged
 * again, so a partner still edits an agreement assigned to them.
 */
export function decideChange(relation: Relation, before: ItemFacts, after: NewItemFacts): WriteDecision {
  if (relation.type !== 'PROFESSIONAL' || relation.involvement.isRegisseur) return ALLOW;
  const { involvement } = relation;
  const sameMembers =
    before.aboutMemberIds.length === after.aboutMemberIds.length && after.aboutMemberIds.every((id) => before.aboutMemberIds.includes(id));
  if (!sameMembers && !after.aboutMemberIds.every((id) => involvement.memberIds.includes(id))) {
    return deny('You can only add information about the family members your task concerns.');
  }
  if (!sameMembers && !involvement.categories.includes(after.category)) {
    return deny('You can only add information in the categories of your own task.');
  }
  const sameAssignee =
    (before.assignee?.involvementId ?? null) === (after.assignee?.involvementId ?? null) &&
    (before.assignee?.memberId ?? null) === (after.assignee?.memberId ?? null) &&
    (before.assignee?.networkMemberId ?? null) === (after.assignee?.networkMemberId ?? null);
  if (!sameAssignee && after.kind === PlanItemKind.Agreement && after.assignee?.involvementId !== involvement.id) {
    return deny('A partner adds agreements for their own involvement; ask the regisseur for others.');
  }
  return ALLOW;
}
