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
import { AccountKind, dutchToday, FamilyRole, InformationCategory } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { forbidden, notFound } from '../common/errors/api-error';
import { FamilyAccess } from './family-access';

interface MemberRow {
  id: string;
  family_id: string;
  role: FamilyRole;
  date_of_birth: string;
  has_parental_authority: boolean;
}

interface ConsentRow {
  id: string;
  family_id: string;
  subject_member_id: string;
  purpose: ConsentFact['purpose'];
  recipient_involvement_ids: string[];
  categories: InformationCategory[];
  valid_from: string;
  valid_until: string | null;
  given_by: string[];
}

interface LegalBasisRow {
  id: string;
  family_id: string;
  kind: LegalBasisFact['kind'];
  recipient_involvement_id: string;
  subject_member_ids: string[];
  categories: InformationCategory[];
  valid_until: string | null;
}

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
    const today = dutchToday();
    const relations = await this.relations(viewer, familyIds, today);
    if (relations.length === 0) return [];
    const related = relations.map((row) => row.family_id);
    const facts = await this.facts(related, today);
    return relations.map((row) => {
      const familyFacts = facts.get(row.family_id) ?? { today, members: [], consents: [], legalBases: [] };
      const relation = effectiveRelation(toRelation(row), familyFacts);
      return {
        familyId: row.family_id,
        relation,
        facts: familyFacts,
        grant: readGrant(relation, familyFacts),
        organisationType: row.organisation_type,
      };
    });
  }

  private relations(viewer: Viewer, familyIds: string[], today: string): Promise<RelationRow[]> {
    switch (viewer.kind) {
      case AccountKind.Professional:
        return this.dataSource.query(
          `SELECT i.family_id, i.id AS involvement_id, i.categories, i.member_ids, o.type AS organisation_type,
                  EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL)
                    AS is_regisseur
             FROM involvement i JOIN organisation o ON o.id = i.organisation_id
            WHERE i.account_id = $1 AND i.family_id = ANY($2::uuid[]) AND i.ended_at IS NULL
              AND i.starts_on <= $3 AND (i.ends_on IS NULL OR i.ends_on >= $3)`,
          [viewer.accountId, familyIds, today],
        );
      case AccountKind.FamilyMember:
        return this.dataSource.query(
          `SELECT family_id, id AS member_id FROM family_member WHERE account_id = $1 AND family_id = ANY($2::uuid[])`,
          [viewer.accountId, familyIds],
        );
      case AccountKind.NetworkMember:
        return this.dataSource.query(
          `SELECT family_id, id AS network_member_id FROM network_member
            WHERE account_id = $1 AND family_id = ANY($2::uuid[])`,
          [viewer.accountId, familyIds],
        );
      default:
        // Administrators manage accounts and organisations, never case content.
        return Promise.resolve([]);
    }
  }

  private async facts(familyIds: string[], today: string): Promise<Map<string, FamilyFacts>> {
    const [members, consents, legalBases] = await Promise.all([
      this.dataSource.query(
        `SELECT id, family_id, role, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, has_parental_authority
           FROM family_member WHERE family_id = ANY($1::uuid[])`,
        [familyIds],
      ) as Promise<MemberRow[]>,
      this.dataSource.query(
        `SELECT c.id, c.family_id, c.subject_member_id, c.purpose, c.recipient_involvement_ids, c.categories,
                to_char(c.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until,
                coalesce(array_agg(g.member_id) FILTER (WHERE g.member_id IS NOT NULL), '{}') AS given_by
           FROM consent c LEFT JOIN consent_given g ON g.consent_id = c.id
          WHERE c.family_id = ANY($1::uuid[]) AND c.withdrawn_at IS NULL
          GROUP BY c.id`,
        [familyIds],
      ) as Promise<ConsentRow[]>,
      this.dataSource.query(
        `SELECT id, family_id, kind, recipient_involvement_id, subject_member_ids, categories,
                to_char(valid_until, 'YYYY-MM-DD') AS valid_until
           FROM legal_basis WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
        [familyIds],
      ) as Promise<LegalBasisRow[]>,
    ]);
    const byFamily = new Map(
      familyIds.map((id) => [
        id,
        { today, members: [] as MemberFact[], consents: [] as ConsentFact[], legalBases: [] as LegalBasisFact[] },
      ]),
    );
    for (const m of members) {
      byFamily.get(m.family_id)?.members.push({
        id: m.id,
        role: m.role,
        dateOfBirth: m.date_of_birth,
        hasParentalAuthority: m.has_parental_authority,
      });
    }
    for (const c of consents) {
      byFamily.get(c.family_id)?.consents.push({
        id: c.id,
        subjectMemberId: c.subject_member_id,
        purpose: c.purpose,
        recipientInvolvementIds: c.recipient_involvement_ids,
        categories: c.categories,
        givenByMemberIds: c.given_by,
        validFrom: c.valid_from,
        validUntil: c.valid_until,
        withdrawn: false,
      });
    }
    for (const b of legalBases) {
      byFamily.get(b.family_id)?.legalBases.push({
        id: b.id,
        kind: b.kind,
        recipientInvolvementId: b.recipient_involvement_id,
        subjectMemberIds: b.subject_member_ids,
        categories: b.categories,
        validUntil: b.valid_until,
        revoked: false,
      });
    }
    return byFamily;
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
