import { PlanItemKind } from '@gezinsplan/domain';
import { FamilyFacts, ItemFacts, Relation } from './facts';
import { readAccess } from './read-access';
import { effectiveRelation, readGrant } from './read-grant';

/** Kinds a network member may carry: the parts of the safety plan that are theirs to do. */
const NETWORK_ASSIGNABLE: readonly PlanItemKind[] = [PlanItemKind.SafetyAgreement, PlanItemKind.RosterEntry];

export type AssignDecision =
  | { allowed: true }
  | {
      allowed: false;
      /**
       * CATEGORY: their task (or role) does not cover the item's category at all;
       * MEMBERS: it does not cover these members (with consent or legal basis);
       * FAMILY_WIDE: the item is about the whole family and they may not read that;
       * KIND: a network member carries only safety agreements and roster lines;
       * NO_ACCESS: they may not read it for another reason (no portal, withheld, hidden).
       */
      why: 'CATEGORY' | 'MEMBERS' | 'FAMILY_WIDE' | 'KIND' | 'NO_ACCESS';
      memberIds: string[];
    };

/**
 * May this agreement (safety agreement, roster line) be given to this assignee?
 * Being assignee opens an item in full (`assignedKinds`), so an item is given
 * only to someone who may already read its content under need-to-know without
 * that rule: otherwise assigning is a way to share what the family never agreed
 * to share. Judged on the item as it will be stored (category, members, author).
 */
export function decideAssignee(assignee: Relation, item: ItemFacts, facts: FamilyFacts): AssignDecision {
  const relation = effectiveRelation(assignee, facts);
  if (relation.type === 'NONE') return { allowed: false, why: 'NO_ACCESS', memberIds: [] };
  if (relation.type === 'NETWORK_MEMBER') {
    return NETWORK_ASSIGNABLE.includes(item.kind) ? { allowed: true } : { allowed: false, why: 'KIND', memberIds: [] };
  }
  const grant = { ...readGrant(relation, facts), assignedKinds: [] };
  if (readAccess(grant, { ...item, assignee: null }) === 'FULL') return { allowed: true };
  const categories = item.kind === PlanItemKind.Agreement ? grant.agreementCategories : grant.categories;
  const category = categories[item.category];
  if (!category) return { allowed: false, why: 'CATEGORY', memberIds: [] };
  if (item.aboutMemberIds.length === 0) return { allowed: false, why: 'FAMILY_WIDE', memberIds: [] };
  const missing = item.aboutMemberIds.filter((id) => !category.memberIds.includes(id));
  if (missing.length > 0 && (grant.match === 'ALL' || missing.length === item.aboutMemberIds.length)) {
    return { allowed: false, why: 'MEMBERS', memberIds: [...new Set(missing)] };
  }
  return { allowed: false, why: 'NO_ACCESS', memberIds: [] };
}
