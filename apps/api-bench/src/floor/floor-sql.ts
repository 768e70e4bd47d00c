import { STUB_FACT_KINDS } from '@gezinsplan/access-policy';
import { AccountKind } from '@gezinsplan/domain';

/**
 * The same-work floor's SQL, written by hand: what the plan page needs, read
 * by the statements a careful engineer would write without a framework. Each
 * statement answers the same question as the API's (auth/session.service.ts,
 * access/family-access.service.ts, access/family-directory.service.ts,
 * plan/plan-item.reader.ts, plan/plan-version.service.ts); the benchmark
 * compares both answers before it measures, so a drift fails the run.
 */

/**
 * The viewer behind a session token hash ($1), with the idle limit in minutes ($2), and the
 * touch of last_seen_at when it is older than $3 seconds, in the same statement as the API's.
 */
const SESSION_CTE = `
  WITH found AS (
    SELECT s.id AS "sessionId", a.id AS "accountId", a.kind
      FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       AND s.last_seen_at > now() - make_interval(mins => $2) AND a.disabled_at IS NULL
  ), touched AS (
    UPDATE session SET last_seen_at = now()
     WHERE id = (SELECT "sessionId" FROM found) AND last_seen_at < now() - make_interval(secs => $3)
  )`;

/** The session alone: for a request whose family id is not even an id. */
export const SESSION_SQL = `${SESSION_CTE}
  SELECT "sessionId", "accountId", kind FROM found`;

/** How the signed-in account (`found`) relates to the family ($4), today ($5), per kind of account. */
const RELATION_SQL: Partial<Record<AccountKind, string>> = {
  [AccountKind.Professional]: `
    SELECT i.family_id, i.id AS involvement_id, i.categories, i.member_ids, o.type AS organisation_type,
           EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS is_regisseur,
           NULL::uuid AS member_id, NULL::uuid AS network_member_id
      FROM involvement i JOIN organisation o ON o.id = i.organisation_id
     WHERE i.account_id = found."accountId" AND i.family_id = $4 AND i.ended_at IS NULL
       AND i.starts_on <= $5::date AND (i.ends_on IS NULL OR i.ends_on >= $5::date)`,
  [AccountKind.FamilyMember]: `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, id AS member_id, NULL::uuid AS network_member_id
      FROM family_member WHERE account_id = found."accountId" AND family_id = $4`,
  [AccountKind.NetworkMember]: `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, NULL::uuid AS member_id, id AS network_member_id
      FROM network_member WHERE account_id = found."accountId" AND family_id = $4`,
};

/** Each kind's relation, run only for an account of that kind. */
const RELATION = Object.entries(RELATION_SQL)
  .map(([kind, sql]) => `${sql} AND found.kind = '${kind}'`)
  .join('\n    UNION ALL');

/**
 * The session and the access decision in one statement, as the API takes them (the
 * relation with the facts consent and legal bases are decided on): no row when the
 * session is not valid, a row without a family when there is no relation.
 */
export const SESSION_DECISION_SQL = `${SESSION_CTE}
  SELECT found."sessionId", found."accountId", found.kind, decided.* FROM found LEFT JOIN LATERAL (
  SELECT rel.*,
    (SELECT coalesce(json_agg(json_build_object('id', m.id, 'role', m.role, 'dateOfBirth', m.date_of_birth,
              'hasParentalAuthority', m.has_parental_authority)), '[]')
       FROM family_member m WHERE m.family_id = rel.family_id) AS members,
    (SELECT coalesce(json_agg(json_build_object('id', c.id, 'subjectMemberId', c.subject_member_id, 'purpose', c.purpose,
              'recipientInvolvementIds', c.recipient_involvement_ids, 'categories', c.categories,
              'validFrom', c.valid_from, 'validUntil', c.valid_until,
              'givenByMemberIds', ARRAY(SELECT g.member_id FROM consent_given g WHERE g.consent_id = c.id),
              'givenByOrganisationIds', ARRAY(SELECT gi.organisation_id FROM consent_given_by_institution gi WHERE gi.consent_id = c.id))), '[]')
       FROM consent c WHERE c.family_id = rel.family_id AND c.withdrawn_at IS NULL) AS consents,
    (SELECT coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'recipientInvolvementId', b.recipient_involvement_id,
              'subjectMemberIds', b.subject_member_ids, 'categories', b.categories, 'validUntil', b.valid_until,
              'revoked', b.revoked_at IS NOT NULL, 'awaitingFamilyTold', b.family_informed_at IS NULL)), '[]')
       FROM legal_basis b WHERE b.family_id = rel.family_id
        AND (b.revoked_at IS NULL OR b.family_informed_at IS NULL)) AS legal_bases,
    (SELECT coalesce(json_agg(json_build_object('id', a.id, 'memberId', a.member_id, 'organisationId', a.organisation_id,
              'startsOn', a.starts_on, 'endsOn', a.ends_on,
              'involvementIds', ARRAY(SELECT i.id FROM involvement i WHERE i.family_id = a.family_id
                                         AND i.organisation_id = a.organisation_id AND i.ended_at IS NULL))), '[]')
       FROM institutional_authority a WHERE a.family_id = rel.family_id) AS institutional_authorities
  FROM (${RELATION}) rel) decided ON true`;

const FULL = (expression: string) => `CASE WHEN access = 'FULL' THEN ${expression} END`;
/** Also on a redacted agreement's stub (STUB_FACT_KINDS): who carries it, by when, its status. */
const STUB_KINDS = STUB_FACT_KINDS.map((kind) => `'${kind}'`).join(', ');
/** …and on an invitation's stub for whom it invites (the API's `stubCarriesFacts`). */
const FACT = (expression: string) =>
  `CASE WHEN access = 'FULL' OR (access = 'REDACTED' AND (kind IN (${STUB_KINDS}) OR invites_reader)) THEN ${expression} END`;
/** …and where it stands only where the API's `stubCarriesStatus` says so ($2: the regisseur's progress view). */
const STATUS = `CASE WHEN access = 'FULL' OR (access = 'REDACTED' AND (invites_reader OR ($2::boolean AND kind IN (${STUB_KINDS})))) THEN status END`;

/**
 * The page in one statement: the family's directory, its plan items with the
 * access level the grant gives each ($1 the family, $2 whether stubs say where an agreement
 * stands, `level` the SQL twin of the policy with its parameters after $2; `invites` the twin of `invites`), content only where FULL, hidden
 * items left out, and the adopted versions.
 */
export function pageSql(level: string, invites: string): string {
  return `
WITH items AS (
  -- OFFSET 0: computed once a row, as in the API's reader, instead of once for every column that reads them;
  -- the family behind an InitPlan, as there, so that PostgreSQL keeps one generic plan.
  SELECT i.*, ${level} AS access, ${invites} AS invites_reader FROM plan_item i
   WHERE i.family_id = (SELECT $1::uuid) AND i.removed_at IS NULL OFFSET 0
)
SELECT f.name, f.last_plan_change_at AS "lastPlanChangeAt",
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'givenName', m.given_name, 'familyName', m.family_name,
            'role', m.role, 'dateOfBirth', m.date_of_birth) ORDER BY m.date_of_birth, m.created_at), '[]')
     FROM family_member m WHERE m.family_id = f.id) AS members,
  (SELECT coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'relation', n.relation) ORDER BY n.created_at), '[]')
     FROM network_member n WHERE n.family_id = f.id) AS network,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'professionalName', a.display_name, 'phone', a.phone, 'email', a.email,
            'organisationName', o.name, 'task', i.task, 'endedAt', i.ended_at,
            'memberIds', i.member_ids, 'categories', i.categories) ORDER BY i.created_at), '[]')
     FROM involvement i JOIN account a ON a.id = i.account_id JOIN organisation o ON o.id = i.organisation_id
    WHERE i.family_id = f.id) AS involvements,
  (SELECT coalesce(json_agg(json_build_object('involvementId', r.involvement_id, 'startedAt', r.started_at, 'endedAt', r.ended_at)
            ORDER BY r.started_at), '[]')
     FROM regisseur_assignment r WHERE r.family_id = f.id) AS terms,
  (SELECT coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'category', category, 'access', access, 'version', ${FULL('version')},
            'about', about_member_ids, 'ai', author_involvement_id, 'am', author_member_id, 'an', author_network_member_id,
            'si', ${FACT('assignee_involvement_id')}, 'sm', ${FACT('assignee_member_id')}, 'sn', ${FACT('assignee_network_member_id')},
            'target', ${FULL('target_item_id')}, 'status', ${STATUS}, 'dueOn', ${FACT(`to_char(due_on, 'YYYY-MM-DD')`)},
            'text', ${FULL(`content->'text'`)}, 'planB', ${FULL(`content->'planB'`)},
            'contactName', ${FULL(`content->'contactName'`)}, 'weekday', ${FULL(`content->'weekday'`)})
          ORDER BY created_at, id), '[]')
     FROM items WHERE access <> 'HIDDEN') AS plan,
  (SELECT coalesce(json_agg(json_build_object('number', v.number, 'adoptedAt', v.adopted_at) ORDER BY v.number), '[]')
     FROM plan_version v WHERE v.family_id = f.id) AS versions
FROM family f WHERE f.id = $1`;
}

/** The page's two access-log lines (the family and its plan), in one statement that commits on its own. */
export const ACCESS_LOG_SQL = `
  INSERT INTO access_log (account_id, account_kind, involvement_id, family_id, member_ids, item_id, list, action, basis,
                          consent_ids, legal_basis_ids, request_id, client_address)
  VALUES ($1, $2, $3, $4, $5, NULL, 'family', 'READ', $6, $7, $8, $9, $10),
         ($1, $2, $3, $4, $11, NULL, 'plan', 'READ', $6, $7, $8, $9, $10)`;
