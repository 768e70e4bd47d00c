import { decideAssignee, FamilyFacts, ItemFacts, professionalRelation, Relation } from '@gezinsplan/access-policy';
import { FieldProblem } from '@gezinsplan/domain';
import { activeRegisseur, FamilyDirectory, memberName } from '../access/family-directory';
import { PartyInput } from './plan-item.input';

/** The assignee as a relation to the family, to judge what they may read; null when unknown (checked elsewhere). */
function relationOf(directory: FamilyDirectory, assignee: PartyInput): Relation | null {
  switch (assignee.type) {
    case 'INVOLVEMENT': {
      const involvement = directory.involvements.find((i) => i.id === assignee.id && i.endedAt === null);
      if (!involvement) return null;
      return professionalRelation(involvement, activeRegisseur(directory)?.id === involvement.id);
    }
    case 'FAMILY_MEMBER':
      return directory.members.some((m) => m.id === assignee.id) ? { type: 'FAMILY_MEMBER', memberId: assignee.id } : null;
    case 'NETWORK_MEMBER':
      return directory.network.some((n) => n.id === assignee.id) ? { type: 'NETWORK_MEMBER', networkMemberId: assignee.id } : null;
  }
}

function nameOf(directory: FamilyDirectory, assignee: PartyInput): string {
  if (assignee.type === 'INVOLVEMENT') return directory.involvements.find((i) => i.id === assignee.id)?.professionalName ?? 'this professional';
  if (assignee.type === 'NETWORK_MEMBER') return directory.network.find((n) => n.id === assignee.id)?.name ?? 'this network member';
  const member = directory.members.find((m) => m.id === assignee.id);
  return member ? memberName(member) : 'this family member';
}

/**
 * Being assignee opens an agreement in full, so it goes only to someone who may
 * read it already (`decideAssignee`); the problem names who and why, on the field.
 */
export function assigneeProblems(directory: FamilyDirectory, facts: FamilyFacts, item: ItemFacts, assignee: PartyInput | null): FieldProblem[] {
  if (!assignee) return [];
  const relation = relationOf(directory, assignee);
  if (!relation) return [];
  const decision = decideAssignee(relation, item, facts);
  if (decision.allowed) return [];
  const who = nameOf(directory, assignee);
  const names = decision.memberIds
    .map((id) => directory.members.find((m) => m.id === id))
    .map((m) => (m ? m.givenName : 'a member'))
    .join(', ');
  const task = relation.type === 'PROFESSIONAL' ? 'their task does not cover' : 'they may not read';
  const why = {
    CATEGORY: `${task} ${item.category}`,
    MEMBERS: `${task} ${item.category} about ${names}`,
    FAMILY_WIDE: `${task} ${item.category} about the whole family`,
    KIND: 'the network carries only safety agreements and roster lines',
    NO_ACCESS: 'they may not read it',
  }[decision.why];
  return [{ field: 'assignee', message: `${who} cannot carry this item: ${why}` }];
}
