import { ItemFacts } from '@gezinsplan/access-policy';
import { PartyInput } from './plan-item.input';
import { PlanItemRow } from './plan-item.row';

export function factsOfRow(row: PlanItemRow): ItemFacts {
  return {
    kind: row.kind,
    category: row.category,
    aboutMemberIds: row.about_member_ids,
    author: {
      involvementId: row.author_involvement_id,
      memberId: row.author_member_id,
      networkMemberId: row.author_network_member_id,
    },
    assignee: {
      involvementId: row.assignee_involvement_id,
      memberId: row.assignee_member_id,
      networkMemberId: row.assignee_network_member_id,
    },
    withheldFromFamily: row.withheld_from_family_reason !== null,
    // Read from the stored content: a row read as a stub carries none, and needs none for writing.
    invitedMemberIds: row.content?.invitedMemberIds ?? [],
    invitedInvolvementIds: row.content?.invitedInvolvementIds ?? [],
  };
}

export function partyColumns(party: PartyInput | null) {
  return {
    assigneeInvolvementId: party?.type === 'INVOLVEMENT' ? party.id : null,
    assigneeMemberId: party?.type === 'FAMILY_MEMBER' ? party.id : null,
    assigneeNetworkMemberId: party?.type === 'NETWORK_MEMBER' ? party.id : null,
  };
}

export function partyOfRow(row: PlanItemRow): PartyInput | null {
  if (row.assignee_involvement_id) return { type: 'INVOLVEMENT', id: row.assignee_involvement_id };
  if (row.assignee_member_id) return { type: 'FAMILY_MEMBER', id: row.assignee_member_id };
  if (row.assignee_network_member_id) return { type: 'NETWORK_MEMBER', id: row.assignee_network_member_id };
  return null;
}
