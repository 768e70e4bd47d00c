import {
  ConsentFact,
  decideCoordinate,
  effectiveRelation,
  FamilyFacts,
  LegalBasisFact,
  MemberFact,
  readGrant,
  Relation,
} from '@gezinsplan/access-policy';
import { AccountKind, dutchToday, InformationCategory } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { forbidden, notFound } from '../common/errors/api-error';
import { FamilyAccess } from './family-access';

interface RelationRow {
  family_id: string;
  involvement_id: string | null;
  categories: InformationCategory[] | null;
  member_ids: string[] | null;
  is_regisseur: boolean | null;
  organisation_type: string | null;
  member_id: string | null;
  network_member_id: string | null;
}

/** A relation row with the family's facts beside it, as JSON in the shapes of libs/access-policy. */
interface RelationWithFactsRow extends RelationRow {
  members: MemberFact[];
  consents: Array<Omit<ConsentFact, 'withdrawn'>>;
  legal_bases: Array<Omit<LegalBasisFact, 'revoked'>>;
}

/** How each kind of account relates to a family: $1 the account, $2 the families, $3 (professionals) today. */
const RELATION_SQL: Partial<Record<AccountKind, string>> = {
  [AccountKind.Professional]: `
    SELECT i.family_id, i.id AS involvement_id, i.categories, i.member_ids, o.type AS organisation_type,
           EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS is_regisseur,
           NULL::uuid AS member_id, NULL::uuid AS network_member_id
      FROM involvement i JOIN organisation o ON o.id = i.organisation_id
     WHERE i.account_id = $1 AND i.family_id = ANY($2::uuid[]) AND i.ended_at IS NULL
       AND i.starts_on <= $3::date AND (i.ends_on IS NULL OR i.ends_on >= $3::date)`,
  [AccountKind.FamilyMember]: `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, id AS member_id, NULL::uuid AS network_member_id
      FROM family_member WHERE account_id = $1 AND family_id = ANY($2::uuid[])`,
  [AccountKind.NetworkMember]: `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, NULL::uuid AS member_id, id AS network_member_id
      FROM network_member WHERE account_id = $1 AND family_id = ANY($2::uuid[])`,
};

/**
 * The relation and, for the families related, the facts consent and legal
 * bases are decided on: one round trip for every access decision of a request.
 */
const withFacts = (relationSql: string) => `
  SELECT rel.*,
    (SELECT coalesce(json_agg(json_build_object('id', m.id, 'role', m.role, 'dateOfBirth', m.date_of_birth,
              'hasParentalAuthority', m.has_parental_authority)), '[]')
       FROM family_member m WHERE m.family_id = rel.family_id) AS members,
    (SELECT coalesce(json_agg(json_build_object('id', c.id, 'subjectMemberId', c.subject_member_id, 'purpose', c.purpose,
              'recipientInvolvementIds', c.recipient_involvement_ids, 'categories', c.categories,
              'validFrom', c.valid_from, 'validUntil', c.valid_until,
              'givenByMemberIds', ARRAY(SELECT g.member_id FROM consent_given g WHERE g.consent_id = c.id))), '[]')
       FROM consent c WHERE c.family_id = rel.family_id AND c.withdrawn_at IS NULL) AS consents,
    (SELECT coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'recipientInvolvementId', b.recipient_involvement_id,
              'subjectMemberIds', b.subject_member_ids, 'categories', b.categories, 'validUntil', b.valid_until)), '[]')
       FROM legal_basis b WHERE b.family_id = rel.family_id AND b.revoked_at IS NULL) AS legal_bases
  FROM (${relationSql}) rel`;

const QUERY_BY_KIND = Object.fromEntries(Object.entries(RELATION_SQL).map(([kind, sql]) => [kind, withFacts(sql)])) as Partial<
  Record<AccountKind, string>
>;

/**
 * The access module: the one place that decides how a person relates to a
 * family. It checks many families in one round of queries, denies by default
 * (no active involvement or membership: no access), and its callers answer
 * NOT_FOUND, so that nobody learns whether a family they may not see exists.
 */
@Injectable()
export class FamilyAccessService {
  /** Per request: the viewer object lives exactly as long as its request. */
  private readonly cache = new WeakMap<Viewer, Map<string, FamilyAccess>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async require(viewer: Viewer, familyId: string): Promise<FamilyAccess> {
    const access = (await this.forFamilies(viewer, [familyId])).get(familyId);
    if (!access || access.relation.type === 'NONE') throw notFound('The family');
    return access;
  }

  /** For coordination (invite, end, hand over, adopt, consent records): the regisseur only. */
  async requireCoordinator(viewer: Viewer, familyId: string): Promise<FamilyAccess> {
    const access = await this.require(viewer, familyId);
    const decision = decideCoordinate(access.relation);
    if (!decision.allowed) throw forbidden(decision.reason);
    return access;
  }

  /** Access to each family; families without a relation are absent. */
  async forFamilies(viewer: Viewer, familyIds: readonly string[]): Promise<Map<string, FamilyAccess>> {
    let known = this.cache.get(viewer);
    if (!known) this.cache.set(viewer, (known = new Map()));
    const missing = [...new Set(familyIds)].filter((id) => !known.has(id) && isUuid(id));
    if (missing.length > 0) {
      for (const access of await this.load(viewer, missing)) known.set(access.familyId, access);
    }
    const result = new Map<string, FamilyAccess>();
    for (const id of familyIds) {
      const access = known.get(id);
      if (access) result.set(id, access);
    }
    return result;
  }

  private async load(viewer: Viewer, familyIds: string[]): Promise<FamilyAccess[]> {
    // Administrators manage accounts and organisations, never case content: they have no query.
    const sql = QUERY_BY_KIND[viewer.kind];
    if (!sql) return [];
    const today = dutchToday();
    const params = viewer.kind === AccountKind.Professional ? [viewer.accountId, familyIds, today] : [viewer.accountId, familyIds];
    const rows = (await this.dataSource.query(sql, params)) as RelationWithFactsRow[];
    return rows.map((row) => {
      const facts: FamilyFacts = {
        today,
        members: row.members,
        consents: row.consents.map((c) => ({ ...c, withdrawn: false })),
        legalBases: row.legal_bases.map((b) => ({ ...b, revoked: false })),
      };
      const relation = effectiveRelation(toRelation(row), facts);
      return { familyId: row.family_id, relation, facts, grant: readGrant(relation, facts), organisationType: row.organisation_type };
    });
  }
}

function toRelation(row: RelationRow): Relation {
  if (row.involvement_id) {
    return {
      type: 'PROFESSIONAL',
      involvement: {
        id: row.involvement_id,
        categories: row.categories ?? [],
        memberIds: row.member_ids ?? [],
        isRegisseur: row.is_regisseur === true,
      },
    };
  }
  if (row.member_id) return { type: 'FAMILY_MEMBER', memberId: row.member_id };
  if (row.network_member_id) return { type: 'NETWORK_MEMBER', networkMemberId: row.network_member_id };
  return { type: 'NONE' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
