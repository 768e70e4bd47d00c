import { BOTTOM_LINE_KINDS, INVITATION_KINDS, ReadGrant } from '@gezinsplan/access-policy';
import { SqlParams } from '../common/sql-params';

/**
 * The SQL twin of `readAccess` in @gezinsplan/access-policy: the same steps in
 * the same order, so that lists are filtered in the database and hidden
 * content never leaves it. `alias` is a plan_item or plan_item_revision row.
 * The access matrix test runs both against docs/access-rules.md.
 */
export function accessLevelSql(alias: string, grant: ReadGrant, params: SqlParams): string {
  if (grant.relation === 'NONE') return `'HIDDEN'`;
  const self = {
    involvement: params.add(grant.self.involvementId ?? null),
    member: params.add(grant.self.memberId ?? null),
    network: params.add(grant.self.networkMemberId ?? null),
  };
  const isSelf = (prefix: 'author' | 'assignee') =>
    `(${alias}.${prefix}_involvement_id = ${self.involvement}::uuid
      OR ${alias}.${prefix}_member_id = ${self.member}::uuid
      OR ${alias}.${prefix}_network_member_id = ${self.network}::uuid)`;
  // Agreements are read by their own category grants (see ReadGrant.agreementCategories).
  const categories = `(CASE WHEN ${alias}.kind = 'AGREEMENT' THEN ${params.add(JSON.stringify(grant.agreementCategories))}
    ELSE ${params.add(JSON.stringify(grant.categories))} END)`;
  const grantedMembers = `ARRAY(SELECT jsonb_array_elements_text(${categories}::jsonb -> ${alias}.category -> 'memberIds'))::uuid[]`;
  const membersCovered =
    grant.match === 'ALL'
      ? `${alias}.about_member_ids <@ ${grantedMembers}`
      : `${alias}.about_member_ids && ${grantedMembers}`;
  const categoryKinds = grant.categoryKinds === null ? 'TRUE' : `${alias}.kind = ANY(${params.add(grant.categoryKinds)}::text[])`;
  const hiddenInvolvements = params.add(grant.hiddenInvolvementIds);
  return `CASE
    WHEN ${grant.respectsWithholding} AND ${alias}.withheld_from_family_reason IS NOT NULL THEN 'HIDDEN'
    WHEN NOT ${alias}.kind = ANY(${params.add(BOTTOM_LINE_KINDS)}::text[]) AND (${alias}.author_involvement_id = ANY(${hiddenInvolvements}::uuid[])
      OR ${alias}.assignee_involvement_id = ANY(${hiddenInvolvements}::uuid[])) THEN 'HIDDEN'
    WHEN ${isSelf('author')} THEN 'FULL'
    WHEN ${alias}.about_member_ids && ${params.add(grant.hiddenMemberIds)}::uuid[] THEN 'HIDDEN'
    WHEN ${alias}.kind = ANY(${params.add(grant.openKinds)}::text[]) THEN 'FULL'
    WHEN ${alias}.kind = ANY(${params.add(grant.assignedKinds)}::text[]) AND ${isSelf('assignee')} THEN 'FULL'
    WHEN ${categoryKinds} AND ${categories}::jsonb ? ${alias}.category AND CASE
        WHEN cardinality(${alias}.about_member_ids) = 0
          THEN (${categories}::jsonb -> ${alias}.category ->> 'familyWide')::boolean
        ELSE ${membersCovered} END THEN 'FULL'
    WHEN ${invitesSql(alias, grant, params)} THEN 'REDACTED'
    ELSE '${grant.otherwise}' END`;
}

/** The SQL twin of `invites`: the item is an invitation to the reader (their membership or involvement). */
export function invitesSql(alias: string, grant: ReadGrant, params: SqlParams): string {
  if (grant.relation === 'NONE') return 'FALSE';
  const member = params.add(grant.self.memberId ?? null);
  const involvement = params.add(grant.self.involvementId ?? null);
  return `(${alias}.kind = ANY(${params.add(INVITATION_KINDS)}::text[])
    AND coalesce(coalesce(${alias}.content -> 'invitedMemberIds', '[]'::jsonb) ? ${member}::text
      OR coalesce(${alias}.content -> 'invitedInvolvementIds', '[]'::jsonb) ? ${involvement}::text, FALSE))`;
}
