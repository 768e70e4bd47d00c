import { Relation, seesChangedByOther } from '@gezinsplan/access-policy';
import { activeRegisseur, FamilyDirectory, memberName } from '../access/family-directory';
import { PartyOutput, PlanItemContentOutput, PlanItemOutput, PlanItemVersionOutput, RedactionOutput } from './plan-item.output';
import { PlanItemRow } from './plan-item.row';

interface PartyColumns {
  involvementId: string | null;
  memberId: string | null;
  networkMemberId: string | null;
}

export function partyOf(directory: FamilyDirectory, party: PartyColumns): PartyOutput | null {
  if (party.involvementId) {
    const involvement = directory.involvements.find((i) => i.id === party.involvementId);
    if (!involvement) return null;
    return {
      type: 'INVOLVEMENT',
      id: involvement.id,
      name: involvement.professionalName,
      organisationName: involvement.organisationName,
    };
  }
  if (party.memberId) {
    const member = directory.members.find((m) => m.id === party.memberId);
    return member ? { type: 'FAMILY_MEMBER', id: member.id, name: memberName(member), organisationName: null } : null;
  }
  if (party.networkMemberId) {
    const person = directory.network.find((n) => n.id === party.networkMemberId);
    return person ? { type: 'NETWORK_MEMBER', id: person.id, name: person.name, organisationName: null } : null;
  }
  return null;
}

/**
 * The party behind an account that changed an item: its involvement in this family
 * (the one running at that moment), or its family or network member. Null when the
 * reader's directory does not show them (an involvement the family is still to be told of).
 */
export function changerOf(directory: FamilyDirectory, accountId: string | null, at: Date | null): PartyColumns | null {
  if (!accountId) return null;
  const involvements = directory.involvements.filter((i) => i.accountId === accountId);
  const involvement = involvements.find((i) => !at || i.endedAt === null || i.endedAt > at) ?? involvements.at(-1);
  if (involvement) return { involvementId: involvement.id, memberId: null, networkMemberId: null };
  const member = directory.members.find((m) => m.accountId === accountId);
  if (member) return { involvementId: null, memberId: member.id, networkMemberId: null };
  const person = directory.network.find((n) => n.accountId === accountId);
  if (person) return { involvementId: null, memberId: null, networkMemberId: person.id };
  return null;
}

interface Contact {
  name: string;
  phone: string | null;
  email: string | null;
}

/**
 * Whom to ask about an item one may not read: the regisseur, who coordinates
 * the plan; the regisseur themselves is sent to whoever wrote it.
 */
function contactFor(directory: FamilyDirectory, row: PlanItemRow, author: PartyOutput, viewerInvolvementId: string | null): Contact | null {
  const regisseur = activeRegisseur(directory);
  const asked =
    regisseur && regisseur.id !== viewerInvolvementId
      ? regisseur
      : directory.involvements.find((i) => i.id === row.author_involvement_id && i.endedAt === null);
  if (asked) return { name: asked.professionalName, phone: asked.phone, email: asked.email };
  return author.type === 'INVOLVEMENT' ? null : { name: author.name, phone: null, email: null };
}

function redaction(directory: FamilyDirectory, row: PlanItemRow, author: PartyOutput, viewerInvolvementId: string | null): RedactionOutput {
  const contact = contactFor(directory, row, author, viewerInvolvementId);
  return {
    organisationName: author.organisationName ?? author.name,
    aboutNames: row.about_member_ids.flatMap((id) => {
      const member = directory.members.find((m) => m.id === id);
      return member ? [memberName(member)] : [];
    }),
    contactName: contact?.name ?? null,
    contactPhone: contact?.phone ?? null,
    contactEmail: contact?.email ?? null,
  };
}

/** What an item or one of its versions says, as far as the row carries it. */
function contentOf(directory: FamilyDirectory, row: PlanItemRow): PlanItemContentOutput {
  const content = row.content;
  // Only the invitees the reader sees as involved: the family does not learn of one it is to be told of later.
  const invited = (content?.invitedInvolvementIds ?? []).flatMap((involvementId) => {
    const party = partyOf(directory, { involvementId, memberId: null, networkMemberId: null });
    return party ? [party] : [];
  });
  return {
    category: row.category,
    aboutMemberIds: row.about_member_ids,
    assignee: partyOf(directory, {
      involvementId: row.assignee_involvement_id,
      memberId: row.assignee_member_id,
      networkMemberId: row.assignee_network_member_id,
    }),
    targetItemId: row.target_item_id,
    text: content?.text ?? null,
    status: row.status,
    dueOn: row.due_on,
    lifeDomain: content?.lifeDomain ?? null,
    aspect: content?.aspect ?? null,
    goalId: content?.goalId ?? null,
    statusReason: content?.statusReason ?? null,
    outcome: content?.outcome ?? null,
    changes: content?.changes ?? null,
    invitedInvolvementIds: invited.map((party) => party.id),
    invitedProfessionals: invited,
    invitedMemberIds: (content?.invitedMemberIds ?? []).filter((id) => directory.members.some((m) => m.id === id)),
    goalOutcomes: content?.goalOutcomes ?? [],
    familyView: content?.familyView ?? null,
    nextEvaluationOn: content?.nextEvaluationOn ?? null,
    planB: content?.planB ?? null,
    contactName: content?.contactName ?? null,
    contactPhone: content?.contactPhone ?? null,
    startsOn: content?.startsOn ?? null,
    endsOn: content?.endsOn ?? null,
    safetyForChild: content?.safetyForChild ?? null,
    safetyForParents: content?.safetyForParents ?? null,
    safetyForProfessionals: content?.safetyForProfessionals ?? null,
    weekday: content?.weekday ?? null,
    cancelContact: content?.cancelContact ?? null,
    recordedWith: content?.recordedWith ?? null,
    occurredOn: content?.occurredOn ?? null,
  };
}

/** `relation`: the reader's relation to the family, for their own involvement and the "changed by someone else" mark. */
export function toPlanItemOutput(directory: FamilyDirectory, row: PlanItemRow, relation: Relation): PlanItemOutput {
  const author = partyOf(directory, {
    involvementId: row.author_involvement_id,
    memberId: row.author_member_id,
    networkMemberId: row.author_network_member_id,
  }) ?? { type: 'INVOLVEMENT', id: row.author_involvement_id ?? '', name: '?', organisationName: null };
  const viewerInvolvementId = relation.type === 'PROFESSIONAL' ? relation.involvement.id : null;
  const changer = changerOf(directory, row.updated_by_account_id, row.updated_at);
  const authorColumns = { involvementId: row.author_involvement_id, memberId: row.author_member_id, networkMemberId: row.author_network_member_id };
  // Object.assign, not a spread: V8 builds `{ ...content, id, … }` with 40 fields at about
  // 60 µs an item (a dictionary-mode transition per added field), a tenth of the CPU of a
  // 500-item page; assigning onto the content object costs about 1 µs (docs/performance.md).
  return Object.assign(contentOf(directory, row), {
    id: row.id,
    kind: row.kind,
    access: row.access,
    author,
    createdAt: row.created_at,
    // A stub tells nothing of its changes: no version, as no updatedAt (plan-item.reader.ts).
    version: row.access === 'FULL' ? row.version : null,
    redaction: row.access === 'REDACTED' ? redaction(directory, row, author, viewerInvolvementId) : null,
    invitesYou: row.invites_reader,
    updatedAt: row.updated_at,
    withheldFromFamilyReason: row.withheld_from_family_reason,
    familyId: row.family_id,
    lastChangedBy: changer ? partyOf(directory, changer) : null,
    changedByOther: row.version > 1 && seesChangedByOther(relation, authorColumns, changer),
  });
}

/** An earlier version, as `PlanItemReader.earlierVersions` returns it (always in full). */
export function toPlanItemVersionOutput(directory: FamilyDirectory, row: PlanItemRow): PlanItemVersionOutput {
  const changer = changerOf(directory, row.updated_by_account_id, row.updated_at);
  // Object.assign, not a spread: see toPlanItemOutput.
  return Object.assign(contentOf(directory, row), {
    itemId: row.id,
    version: row.version,
    changedAt: row.updated_at ?? row.created_at,
    changedBy: changer ? partyOf(directory, changer) : null,
  });
}
