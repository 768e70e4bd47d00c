import {
  ConsentFact,
  decideCoordinate,
  effectiveRelation,
  FamilyFacts,
  InstitutionalAuthorityFact,
  InvolvementFact,
  LegalBasisFact,
  MemberFact,
  professionalRelation,
  readGrant,
  Relation,
} from '@gezinsplan/access-policy';
import { AccountKind, dutchToday, InformationCategory } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionCompanion } from '../auth/session.service';
import { Viewer } from '../auth/viewer';
import { forbidden, notFound } from '../common/errors/api-error';
import { PerRequest } from '../common/request-scope';
import { preparedQuery } from '../database/prepared-query';
import { AccessLogService } from './access-log.service';
import { FamilyAccess, grantedAccess } from './family-access';
import { activeInvolvement } from './related-accounts';

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
  legal_bases: LegalBasisFact[];
  institutional_authorities: InstitutionalAuthorityFact[];
}

/** Restricts a relation to the listed families (an array parameter), or, for "all my families", to none in particular. */
type FamilyFilter = (column: string) => string;
const listedIn = (param: string): FamilyFilter => (column) => `AND ${column} = ANY(${param}::uuid[])`;
const ALL: FamilyFilter = () => '';

/**
 * How each kind of account (`account`, an SQL expression) relates to a family: `families` which ones,
 * `today` the day (professionals).
 */
const RELATION_SQL: Partial<Record<AccountKind, (families: FamilyFilter, today: string, account: string) => string>> = {
  [AccountKind.Professional]: (families, today, account) => `
    SELECT i.family_id, i.id AS involvement_id, i.categories, i.member_ids, o.type AS organisation_type,
           EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS is_regisseur,
           NULL::uuid AS member_id, NULL::uuid AS network_member_id
      FROM involvement i JOIN organisation o ON o.id = i.organisation_id
     WHERE i.account_id = ${account} ${families('i.family_id')} AND ${activeInvolvement('i', today)}`,
  [AccountKind.FamilyMember]: (families, _today, account) => `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, id AS member_id, NULL::uuid AS network_member_id
      FROM family_member WHERE account_id = ${account} ${families('family_id')}`,
  [AccountKind.NetworkMember]: (families, _today, account) => `
    SELECT family_id, NULL::uuid AS involvement_id, NULL::text[] AS categories, NULL::uuid[] AS member_ids,
           NULL::text AS organisation_type, NULL::boolean AS is_regisseur, NULL::uuid AS member_id, id AS network_member_id
      FROM network_member WHERE account_id = ${account} ${families('family_id')}`,
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
              'givenByMemberIds', ARRAY(SELECT g.member_id FROM consent_given g WHERE g.consent_id = c.id),
              'givenByOrganisationIds', ARRAY(SELECT gi.organisation_id FROM consent_given_by_institution gi WHERE gi.consent_id = c.id))), '[]')
       FROM consent c WHERE c.family_id = rel.family_id AND c.withdrawn_at IS NULL) AS consents,
    (SELECT coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'recipientInvolvementId', b.recipient_involvement_id,
              'subjectMemberIds', b.subject_member_ids, 'categories', b.categories, 'validUntil', b.valid_until,
              'revoked', b.revoked_at IS NOT NULL, 'awaitingFamilyTold', b.family_informed_at IS NULL)), '[]')
       FROM legal_basis b WHERE b.family_id = rel.family_id
        AND (b.revoked_at IS NULL OR b.family_informed_at IS NULL)) AS legal_bases,
    -- Ended records too: the policy judges the dates on its day. The institution acts through its involvements
    -- that are not ended; a professional's relation exists only while theirs is active anyway.
    (SELECT coalesce(json_agg(json_build_object('id', a.id, 'memberId', a.member_id, 'organisationId', a.organisation_id,
              'startsOn', a.starts_on, 'endsOn', a.ends_on,
              'involvementIds', ARRAY(SELECT i.id FROM involvement i WHERE i.family_id = a.family_id
                                         AND i.organisation_id = a.organisation_id AND i.ended_at IS NULL))), '[]')
       FROM institutional_authority a WHERE a.family_id = rel.family_id) AS institutional_authorities
  FROM (${relationSql}) rel`;

function queryFor(kind: AccountKind, scope: 'LISTED' | 'ALL'): string | undefined {
  const relation = RELATION_SQL[kind];
  if (!relation) return undefined;
  return scope === 'LISTED' ? withFacts(relation(listedIn('$2'), '$3', '$1')) : withFacts(relation(ALL, '$2', '$1'));
}

/**
 * The decision on the listed families ($4) as a companion of the session statement, for whichever
 * kind of account the session turns out to be (each kind's branch runs only for its kind), today $5:
 * the relation rows with their facts, as one JSON array.
 */
const WITH_SESSION_SQL = `
  SELECT coalesce(json_agg(decided), '[]') FROM (${withFacts(
    Object.entries(RELATION_SQL)
      .map(([kind, relation]) => `${relation(listedIn('$4'), '$5', 'found."accountId"')} AND found.kind = '${kind}'`)
      .join('\n    UNION ALL'),
  )}) decided`;

/** A decision taken in the session statement: what to add to it, and what to do with its answer. */
export interface DecisionWithSession {
  companion: SessionCompanion;
  /** Keeps the decision for the rest of the request, as if `forFamilies` had asked. */
  settle(viewer: Viewer, answer: unknown): void;
}

const QUERIES = Object.fromEntries(
  Object.values(AccountKind).map((kind) => [kind, { LISTED: queryFor(kind, 'LISTED'), ALL: queryFor(kind, 'ALL') }]),
) as Record<AccountKind, { LISTED?: string; ALL?: string }>;

/**
 * Records of case data whose family is looked up by their id: the look-up is
 * part of the access decision, so that no service learns a family id without it.
 */
const OWNER_SQL = {
  planItem: `SELECT family_id FROM plan_item WHERE id = $1 AND removed_at IS NULL`,
  familyMember: `SELECT family_id FROM family_member WHERE id = $1`,
  networkMember: `SELECT family_id FROM network_member WHERE id = $1`,
  involvement: `SELECT family_id FROM involvement WHERE id = $1`,
  consent: `SELECT family_id FROM consent WHERE id = $1`,
  legalBasis: `SELECT family_id FROM legal_basis WHERE id = $1`,
  institutionalAuthority: `SELECT family_id FROM institutional_authority WHERE id = $1`,
  // An open proposal only: an answered one is history, and is not acted on.
  regisseurHandover: `SELECT family_id FROM regisseur_handover WHERE id = $1 AND outcome IS NULL`,
} as const;

export type CaseRecord = keyof typeof OWNER_SQL;

/**
 * The access module: the one place that decides how a person relates to a
 * family. It checks many families in one round of queries, denies by default
 * (no active involvement or membership: no access), and its callers answer
 * NOT_FOUND, so that nobody learns whether a family they may not see exists.
 */
@Injectable()
export class FamilyAccessService {
  /** Decisions of one request, batched: every family asked for in one tick costs one statement. */
  private readonly decisions = new PerRequest('family access', (viewer) =>
    new DataLoader<string, FamilyAccess | null>(async (familyIds) => {
      const found = new Map((await this.load(viewer, 'LISTED', familyIds)).map((access) => [access.familyId, access]));
      return familyIds.map((id) => found.get(id) ?? null);
    }),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * The decision on one family, to be taken in the session statement (see `OpensFamily`): the
   * same rows as `forFamilies` asks for, so the resolver's `require` then answers without a statement.
   */
  decisionWithSession(familyId: string): DecisionWithSession | undefined {
    if (!isUuid(familyId)) return undefined;
    const today = dutchToday();
    return {
      companion: { sql: WITH_SESSION_SQL, params: [[familyId], today] },
      settle: (viewer, answer) => {
        // An administrator has no relation to any family; the access module asks nothing for them.
        const rows = QUERIES[viewer.kind].LISTED ? (answer as RelationWithFactsRow[]) : [];
        const decided = new Map(rows.map((row) => [row.family_id, this.decide(viewer, row, today)]));
        this.decisions.of(viewer).prime(familyId, decided.get(familyId) ?? null);
      },
    };
  }

  /** Access to one family, or NOT_FOUND; a refusal is logged for the platform's investigation. */
  async require(viewer: Viewer, familyId: string): Promise<FamilyAccess> {
    const access = (await this.forFamilies(viewer, [familyId])).get(familyId);
    if (!access || access.relation.type === 'NONE') {
      this.refused(viewer, 'family', familyId, 'NOT_FOUND', await this.existingFamily(familyId));
      throw notFound('The family');
    }
    return access;
  }

  /** For coordination (invite, end, hand over, adopt, consent records): the regisseur only. */
  async requireCoordinator(viewer: Viewer, familyId: string): Promise<FamilyAccess> {
    const access = await this.require(viewer, familyId);
    const decision = decideCoordinate(access.relation);
    if (!decision.allowed) {
      this.refused(viewer, 'family-coordination', familyId, 'FORBIDDEN', familyId);
      throw forbidden(decision.reason);
    }
    return access;
  }

  /**
   * A refusal a service decided with an access in hand (a relation, but not
   * this right, or a record hidden from them): logged like the module's own,
   * outside the family's view.
   */
  refuse(access: FamilyAccess, list: string, answer: 'NOT_FOUND' | 'FORBIDDEN' = 'FORBIDDEN', itemId: string | null = null): void {
    this.accessLog.recordRefusal(access.viewer, { list, itemId, attemptedFamilyId: access.familyId, answer });
  }

  /** Access to each family; families without a relation are absent. */
  async forFamilies(viewer: Viewer, familyIds: readonly string[]): Promise<Map<string, FamilyAccess>> {
    const ids = [...new Set(familyIds)].filter(isUuid);
    const decided = await this.decisions.of(viewer).loadMany(ids);
    const result = new Map<string, FamilyAccess>();
    for (const access of decided) {
      if (access instanceof Error) throw access;
      if (access) result.set(access.familyId, access);
    }
    return result;
  }

  /**
   * Every family this person relates to today (in one statement), with access
   * decided: the list behind "my families" and the professional's overview.
   */
  async forAllFamilies(viewer: Viewer): Promise<FamilyAccess[]> {
    const accesses = (await this.load(viewer, 'ALL', [])).filter((access) => access.relation.type !== 'NONE');
    const loader = this.decisions.of(viewer);
    for (const access of accesses) loader.prime(access.familyId, access);
    return accesses;
  }

  /**
   * The access to the family that owns a record, found by the record's id; null
   * when the id is unknown or the family is not this person's: the two look the same.
   */
  async forRecord(viewer: Viewer, record: CaseRecord, id: string): Promise<FamilyAccess | null> {
    const [owner] = isUuid(id) ? ((await this.dataSource.query(OWNER_SQL[record], [id])) as Array<{ family_id: string }>) : [];
    const access = owner ? (await this.forFamilies(viewer, [owner.family_id])).get(owner.family_id) : undefined;
    if (access && access.relation.type !== 'NONE') return access;
    this.refused(viewer, record, id, 'NOT_FOUND', owner?.family_id ?? null);
    return null;
  }

  /**
   * The regisseur's access to the family they have just created, inside the
   * transaction that created it (the family has no facts yet): for its log line.
   */
  ofNewFamily(viewer: Viewer, familyId: string, involvement: InvolvementFact, organisationType: string | null): FamilyAccess {
    const relation: Relation = { type: 'PROFESSIONAL', involvement };
    const facts: FamilyFacts = { today: dutchToday(), members: [], consents: [], legalBases: [], institutionalAuthorities: [] };
    return grantedAccess({ viewer, familyId, relation, facts, grant: readGrant(relation, facts), organisationType });
  }

  private refused(
    viewer: Viewer,
    list: string,
    id: string,
    answer: 'NOT_FOUND' | 'FORBIDDEN',
    attemptedFamilyId: string | null,
  ): void {
    this.accessLog.recordRefusal(viewer, { list, itemId: isUuid(id) ? id : null, attemptedFamilyId, answer });
  }

  /** Whether an id names a family: for the refusal's log line only, never for the answer. */
  private async existingFamily(familyId: string): Promise<string | null> {
    if (!isUuid(familyId)) return null;
    const [family] = (await this.dataSource.query(`SELECT id FROM family WHERE id = $1`, [familyId])) as Array<{ id: string }>;
    return family?.id ?? null;
  }

  private async load(viewer: Viewer, scope: 'LISTED' | 'ALL', familyIds: readonly string[]): Promise<FamilyAccess[]> {
    // Administrators manage accounts and organisations, never case content: they have no query.
    const sql = QUERIES[viewer.kind][scope];
    if (!sql) return [];
    const today = dutchToday();
    const listed = scope === 'LISTED' ? [familyIds] : [];
    const params = [viewer.accountId, ...listed, ...(viewer.kind === AccountKind.Professional ? [today] : [])];
    const rows = await preparedQuery<RelationWithFactsRow>(this.dataSource, sql, params);
    return rows.map((row) => this.decide(viewer, row, today));
  }

  private decide(viewer: Viewer, row: RelationWithFactsRow, today: string): FamilyAccess {
    const facts: FamilyFacts = {
      today,
      members: row.members,
      consents: row.consents.map((c) => ({ ...c, withdrawn: false })),
      legalBases: row.legal_bases,
      institutionalAuthorities: row.institutional_authorities,
    };
    const relation = effectiveRelation(toRelation(row), facts);
    return grantedAccess({
      viewer,
      familyId: row.family_id,
      relation,
      facts,
      grant: readGrant(relation, facts),
      organisationType: row.organisation_type,
    });
  }
}

function toRelation(row: RelationRow): Relation {
  if (row.involvement_id) {
    return professionalRelation({ id: row.involvement_id, categories: row.categories ?? [], memberIds: row.member_ids ?? [] }, row.is_regisseur === true);
  }
  if (row.member_id) return { type: 'FAMILY_MEMBER', memberId: row.member_id };
  if (row.network_member_id) return { type: 'NETWORK_MEMBER', networkMemberId: row.network_member_id };
  return { type: 'NONE' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
