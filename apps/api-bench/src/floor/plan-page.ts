import {
  ConsentFact,
  effectiveRelation,
  FamilyFacts,
  InstitutionalAuthorityFact,
  LegalBasisFact,
  MemberFact,
  ReadGrant,
  readGrant,
  professionalRelation,
  readsInvolvementTask,
  Relation,
} from '@gezinsplan/access-policy';
import { ageOn, dutchToday, InformationCategory } from '@gezinsplan/domain';
import { SqlParams } from '@gezinsplan/api/common/sql-params';
import { accessLevelSql, invitesSql } from '@gezinsplan/api/plan/plan-item-access.sql';
import { createHash, randomUUID } from 'node:crypto';
import { Pool, QueryConfig } from 'pg';
import { ACCESS_LOG_SQL, pageSql, SESSION_DECISION_SQL, SESSION_SQL } from './floor-sql';

/** As the API (auth/session.service.ts): last_seen_at is written at most once a minute. */
const TOUCH_INTERVAL_SECONDS = 60;

interface Viewer {
  sessionId: string;
  accountId: string;
  kind: string;
}

interface DecisionRow {
  family_id: string;
  involvement_id: string | null;
  categories: InformationCategory[] | null;
  member_ids: string[] | null;
  is_regisseur: boolean | null;
  member_id: string | null;
  network_member_id: string | null;
  members: MemberFact[];
  consents: Array<Omit<ConsentFact, 'withdrawn'>>;
  legal_bases: LegalBasisFact[];
  institutional_authorities: InstitutionalAuthorityFact[];
}

/** The session, and the decision's row beside it (its columns null when there is no relation). */
type SessionDecisionRow = Viewer & (DecisionRow | { [K in keyof DecisionRow]: null });

interface Member { id: string; givenName: string; familyName: string; role: string; dateOfBirth: string }
interface Involvement {
  id: string; professionalName: string; phone: string | null; email: string; organisationName: string; task: string; endedAt: string | null;
  memberIds: string[]; categories: InformationCategory[];
}
interface Term { involvementId: string; startedAt: string; endedAt: string | null }
interface NetworkMember { id: string; name: string; relation: string }
interface Item {
  id: string; kind: string; category: string; access: 'FULL' | 'REDACTED'; version: number | null; about: string[];
  ai: string | null; am: string | null; an: string | null; si: string | null; sm: string | null; sn: string | null;
  target: string | null; status: string | null; dueOn: string | null; text: string | null; planB: string | null;
  contactName: string | null; weekday: number | null;
}
interface PageRow {
  name: string; lastPlanChangeAt: Date; members: Member[]; network: NetworkMember[]; involvements: Involvement[];
  terms: Term[]; plan: Item[]; versions: Array<{ number: number; adoptedAt: string }>;
}

export interface FloorRequest {
  token: string | undefined;
  familyId: unknown;
  clientAddress: string | null;
}

/** What the floor answers: the GraphQL answer's shape, so that both can be compared and both cost a JSON body. */
export type FloorAnswer = { status: number; body: unknown };

const NOT_FOUND: FloorAnswer = { status: 200, body: { data: null, errors: [{ message: 'The family was not found.', extensions: { code: 'NOT_FOUND' } }] } };
const UNAUTHENTICATED: FloorAnswer = { status: 200, body: { data: null, errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toRelation(row: DecisionRow): Relation {
  if (row.involvement_id) {
    return professionalRelation({ id: row.involvement_id, categories: row.categories ?? [], memberIds: row.member_ids ?? [] }, row.is_regisseur === true);
  }
  if (row.member_id) return { type: 'FAMILY_MEMBER', memberId: row.member_id };
  if (row.network_member_id) return { type: 'NETWORK_MEMBER', networkMemberId: row.network_member_id };
  return { type: 'NONE' };
}

/** The basis recorded with a log line, as access/access-log.service.ts records it. */
function basisOf(relation: Relation, grant: ReadGrant) {
  const consentIds = new Set<string>();
  const legalBasisIds = new Set<string>();
  for (const category of [...Object.values(grant.categories), ...Object.values(grant.agreementCategories)]) {
    for (const basis of category?.bases ?? []) {
      if (basis.type === 'CONSENT' || basis.type === 'AGREED_PLAN_SHARED') consentIds.add(basis.consentId);
      if (basis.type === 'LEGAL_BASIS') legalBasisIds.add(basis.legalBasisId);
    }
  }
  const basis =
    relation.type === 'PROFESSIONAL' ? (relation.involvement.isRegisseur ? 'REGISSEUR' : 'INVOLVEMENT_TASK')
    : relation.type === 'FAMILY_MEMBER' ? 'FAMILY_OWN'
    : relation.type === 'NETWORK_MEMBER' ? 'NETWORK_ROLE' : 'NONE';
  return { basis, consentIds: [...consentIds], legalBasisIds: [...legalBasisIds] };
}

const names = new Map<string, string>();

/** As the API does (database/prepared-query.ts): every statement named, so PostgreSQL parses and plans it once per connection. */
function prepared(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `floor_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return { name, text, values };
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/**
 * The plan page by hand: session check and access decision in one statement (the same policy
 * functions and the same SQL twin as the API), the directory, items and
 * versions in one statement, the answer with the same fields and redaction,
 * and the same two access-log lines written (and committed) before it leaves.
 */
export async function planPage(pool: Pool, request: FloorRequest, idleMinutes: number): Promise<FloorAnswer> {
  if (!request.token) return UNAUTHENTICATED;
  const hash = createHash('sha256').update(request.token).digest();
  const familyId = request.familyId;
  if (typeof familyId !== 'string' || !UUID.test(familyId)) {
    const viewer = (await pool.query<Viewer>(prepared(SESSION_SQL, [hash, idleMinutes, TOUCH_INTERVAL_SECONDS]))).rows[0];
    return viewer ? NOT_FOUND : UNAUTHENTICATED;
  }
  const today = dutchToday();
  const row = (await pool.query<SessionDecisionRow>(
    prepared(SESSION_DECISION_SQL, [hash, idleMinutes, TOUCH_INTERVAL_SECONDS, familyId, today]),
  )).rows[0];
  if (!row) return UNAUTHENTICATED;
  const viewer: Viewer = { sessionId: row.sessionId, accountId: row.accountId, kind: row.kind };
  if (row.family_id === null) return NOT_FOUND;
  const facts: FamilyFacts = {
    today,
    members: row.members,
    consents: row.consents.map((c) => ({ ...c, withdrawn: false })),
    legalBases: row.legal_bases,
    institutionalAuthorities: row.institutional_authorities,
  };
  const relation = effectiveRelation(toRelation(row), facts);
  if (relation.type === 'NONE') return NOT_FOUND;
  const grant = readGrant(relation, facts);

  const params = new SqlParams();
  params.add(familyId);
  params.add(grant.seesAgreementProgress);
  const level = accessLevelSql('i', grant, params);
  const invites = invitesSql('i', grant, params);
  const page = (await pool.query<PageRow>(prepared(pageSql(level, invites), params.values))).rows[0];
  if (!page) return NOT_FOUND;

  const ownInvolvement = relation.type === 'PROFESSIONAL' ? relation.involvement.id : null;
  const activeTerm = page.terms.find((t) => t.endedAt === null);
  const involvementById = new Map(page.involvements.map((i) => [i.id, i]));
  const memberById = new Map(page.members.map((m) => [m.id, m]));
  const networkById = new Map(page.network.map((n) => [n.id, n]));
  const regisseur = activeTerm ? involvementById.get(activeTerm.involvementId) : undefined;
  const memberName = (m: Member) => `${m.givenName} ${m.familyName}`;
  const party = (involvementId: string | null, memberId: string | null, networkId: string | null) => {
    if (involvementId) {
      const i = involvementById.get(involvementId);
      return i ? { type: 'INVOLVEMENT', id: i.id, name: i.professionalName, organisationName: i.organisationName } : null;
    }
    if (memberId) {
      const m = memberById.get(memberId);
      return m ? { type: 'FAMILY_MEMBER', id: m.id, name: memberName(m), organisationName: null } : null;
    }
    if (networkId) {
      const n = networkById.get(networkId);
      return n ? { type: 'NETWORK_MEMBER', id: n.id, name: n.name, organisationName: null } : null;
    }
    return null;
  };
  const showBirth = relation.type !== 'NETWORK_MEMBER';
  const readAbout = new Set<string>();
  const plan = page.plan.map((item) => {
    const author = party(item.ai, item.am, item.an) ?? { type: 'INVOLVEMENT', id: item.ai ?? '', name: '?', organisationName: null };
    if (item.access === 'FULL') for (const id of item.about) readAbout.add(id);
    let redaction = null;
    if (item.access === 'REDACTED') {
      const writer = involvementById.get(item.ai ?? '');
      const asked = regisseur && regisseur.id !== ownInvolvement ? regisseur : writer && writer.endedAt === null ? writer : undefined;
      const contactName = asked ? asked.professionalName : author.type === 'INVOLVEMENT' ? null : author.name;
      redaction = {
        organisationName: author.organisationName ?? author.name,
        aboutNames: item.about.flatMap((id) => { const m = memberById.get(id); return m ? [memberName(m)] : []; }),
        contactName,
      };
    }
    const assignee = party(item.si, item.sm, item.sn);
    return {
      id: item.id, kind: item.kind, category: item.category, access: item.access, version: item.version,
      text: item.text ?? null, status: item.status, dueOn: item.dueOn, aboutMemberIds: item.about, targetItemId: item.target,
      author, assignee: assignee && { type: assignee.type, id: assignee.id, name: assignee.name }, redaction,
      planB: item.planB ?? null, contactName: item.contactName ?? null, weekday: item.weekday ?? null,
    };
  });

  const { basis, consentIds, legalBasisIds } = basisOf(relation, grant);
  await pool.query(prepared(ACCESS_LOG_SQL, [
    viewer.accountId, viewer.kind, ownInvolvement, familyId, page.members.map((m) => m.id), basis, consentIds, legalBasisIds,
    randomUUID(), request.clientAddress, [...readAbout],
  ]));

  return {
    status: 200,
    body: {
      data: {
        family: {
          id: familyId,
          name: page.name,
          lastPlanChangeAt: iso(page.lastPlanChangeAt),
          myRelation: { type: relation.type, isRegisseur: relation.type === 'PROFESSIONAL' && relation.involvement.isRegisseur },
          members: page.members.map((m) => ({
            id: m.id, givenName: m.givenName, familyName: m.familyName, role: m.role,
            age: showBirth ? ageOn(m.dateOfBirth, today) : null,
          })),
          network: page.network,
          involvements: page.involvements.map((i) => ({
            id: i.id, professionalName: i.professionalName, organisationName: i.organisationName,
            task: readsInvolvementTask(grant, i, activeTerm?.involvementId ?? null) ? i.task : null,
            isRegisseur: i.id === activeTerm?.involvementId,
          })),
          regisseurHistory: page.terms.map((t) => ({
            professionalName: involvementById.get(t.involvementId)?.professionalName ?? '',
            startedAt: iso(t.startedAt),
            endedAt: iso(t.endedAt),
          })),
          plan,
          adoptedVersions: page.versions.map((v) => ({ number: v.number, adoptedAt: iso(v.adoptedAt) })),
        },
      },
    },
  };
}
