import { ItemFacts, readAccess } from '@gezinsplan/access-policy';
import { dutchToday, InformationCategory, PlanItemKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess, involvementIdOf, isRegisseur } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { ClosedPlanOutput, OverviewInvolvementOutput, OverviewItemOutput, OverviewOutput } from './overview.output';

export const STAGNATION_WEEKS = 6;
export const EVALUATION_HORIZON_DAYS = 14;

const ITEM_JSON = `json_build_object('familyId', p.family_id, 'familyName', f.name, 'itemId', p.id, 'kind', p.kind,
  'text', p.content->>'text', 'dueOn', p.due_on, 'status', p.status, 'statusReason', p.content->>'statusReason',
  'assigneeName', coalesce(aa.display_name, fm.given_name || ' ' || fm.family_name, nm.name),
  'category', p.category, 'aboutMemberIds', p.about_member_ids, 'authorInvolvementId', p.author_involvement_id,
  'authorMemberId', p.author_member_id, 'authorNetworkMemberId', p.author_network_member_id,
  'assigneeInvolvementId', p.assignee_involvement_id, 'assigneeMemberId', p.assignee_member_id,
  'assigneeNetworkMemberId', p.assignee_network_member_id)`;

const ITEM_JOINS = `JOIN family f ON f.id = p.family_id
  LEFT JOIN involvement ai ON ai.id = p.assignee_involvement_id
  LEFT JOIN account aa ON aa.id = ai.account_id
  LEFT JOIN family_member fm ON fm.id = p.assignee_member_id
  LEFT JOIN network_member nm ON nm.id = p.assignee_network_member_id`;

// A closed plan needs no action: it leaves the overview (its plan page stays readable).
const items = (where: string) => `(SELECT coalesce(json_agg(${ITEM_JSON} ORDER BY p.due_on NULLS FIRST, f.name), '[]')
   FROM plan_item p ${ITEM_JOINS} WHERE p.removed_at IS NULL AND f.closed_at IS NULL AND ${where})`;

/**
 * The whole overview in one statement, over the involvements the access module
 * decided: $1 the professional's involvements, $2 weeks without change that
 * make a plan stalled, $3 today, $4 days ahead for evaluations (overdue
 * ones, still planned after their date, come first), $5 per family
 * where they are regisseur, the categories that role opens (from the rules in
 * libs/access-policy, never repeated here). Every list starts from the person's
 * families or involvements: without that, the evaluations read every planned
 * evaluation in the country (760 ms at 100,000 families).
 */
const OVERVIEW_SQL = `
WITH regisseur_of AS (
  SELECT r."familyId", r."involvementId", r.categories
    FROM jsonb_to_recordset($5::jsonb) AS r("familyId" uuid, "involvementId" uuid, categories jsonb)
), mine AS (
  SELECT i.family_id AS "familyId", f.name AS "familyName", i.id AS "involvementId", i.task,
         EXISTS (SELECT 1 FROM regisseur_of r WHERE r."involvementId" = i.id) AS "isRegisseur",
         f.last_plan_change_at AS "lastPlanChangeAt",
         f.last_plan_change_at < now() - make_interval(weeks => $2) AS stalled
    FROM involvement i JOIN family f ON f.id = i.family_id
   WHERE i.id = ANY($1::uuid[]) AND f.closed_at IS NULL
), closed AS (
  SELECT i.family_id AS "familyId", f.name AS "familyName", i.id AS "involvementId", i.task,
         EXISTS (SELECT 1 FROM regisseur_of r WHERE r."involvementId" = i.id) AS "isRegisseur",
         f.closed_at AS "closedAt",
         (SELECT c.reason FROM plan_closure c WHERE c.family_id = f.id AND c.action = 'CLOSED'
           ORDER BY c.at DESC, c.id DESC LIMIT 1) AS "closingReason"
    FROM involvement i JOIN family f ON f.id = i.family_id
   WHERE i.id = ANY($1::uuid[]) AND f.closed_at IS NOT NULL
)
SELECT
  (SELECT coalesce(json_agg(mine ORDER BY "familyName"), '[]') FROM mine) AS involvements,
  (SELECT coalesce(json_agg(closed ORDER BY "closedAt" DESC, "familyName"), '[]') FROM closed) AS closed,
  ${items(`p.family_id IN (SELECT "familyId" FROM regisseur_of) AND p.kind IN ('AGREEMENT', 'SAFETY_AGREEMENT')
           AND ((p.status = 'OPEN' AND p.due_on < $3::date) OR p.status = 'NOT_KEPT')`)} AS attention,
  ${items(`p.family_id IN (SELECT "familyId" FROM regisseur_of) AND p.kind = 'EVALUATION' AND p.status = 'PLANNED'
           AND p.due_on <= $3::date + $4::int
           AND EXISTS (SELECT 1 FROM regisseur_of r WHERE r."familyId" = p.family_id
                         AND (r.categories ? p.category OR p.author_involvement_id = r."involvementId"))`)} AS evaluations,
  ${items(`p.assignee_involvement_id IN (SELECT "involvementId" FROM mine) AND p.kind = 'AGREEMENT' AND p.status = 'OPEN'`)} AS assigned`;

/** Where the person is regisseur: the categories that role opens in full, as the read grant says. */
function regisseurScope(access: FamilyAccess): { familyId: string; involvementId: string; categories: string[] } | null {
  if (access.relation.type !== 'PROFESSIONAL' || !isRegisseur(access)) return null;
  const categories = Object.entries(access.grant.categories)
    .filter(([, grant]) => grant?.familyWide && grant.bases.some((basis) => basis.type === 'REGISSEUR'))
    .map(([category]) => category);
  return { familyId: access.familyId, involvementId: access.relation.involvement.id, categories };
}

/** An item as the overview's statement returns it: with the facts its access is decided on. */
interface OverviewItemRow extends OverviewItemOutput {
  text: string;
  category: InformationCategory;
  aboutMemberIds: string[];
  authorInvolvementId: string | null;
  authorMemberId: string | null;
  authorNetworkMemberId: string | null;
  assigneeInvolvementId: string | null;
  assigneeMemberId: string | null;
  assigneeNetworkMemberId: string | null;
}

interface OverviewRow {
  involvements: Array<Omit<OverviewInvolvementOutput, 'lastPlanChangeAt'> & { lastPlanChangeAt: string }>;
  closed: Array<Omit<ClosedPlanOutput, 'closedAt'> & { closedAt: string }>;
  attention: OverviewItemRow[];
  evaluations: OverviewItemRow[];
  assigned: OverviewItemRow[];
}

/**
 * What the overview may show of an item: its content only where the plan page
 * would show it in full; otherwise the agreement's stub (who, by when, status).
 */
function shown(accesses: ReadonlyMap<string, FamilyAccess>, row: OverviewItemRow): OverviewItemOutput {
  const access = accesses.get(row.familyId);
  const facts: ItemFacts = {
    kind: row.kind as PlanItemKind,
    category: row.category,
    aboutMemberIds: row.aboutMemberIds,
    author: { involvementId: row.authorInvolvementId, memberId: row.authorMemberId, networkMemberId: row.authorNetworkMemberId },
    assignee: { involvementId: row.assigneeInvolvementId, memberId: row.assigneeMemberId, networkMemberId: row.assigneeNetworkMemberId },
    withheldFromFamily: false,
    // Only whether it is read in full counts here; an invitation opens no more than a stub.
    invitedMemberIds: [],
    invitedInvolvementIds: [],
  };
  const full = access !== undefined && readAccess(access.grant, facts) === 'FULL';
  return {
    familyId: row.familyId,
    familyName: row.familyName,
    itemId: row.itemId,
    kind: row.kind,
    text: full ? row.text : null,
    dueOn: row.dueOn,
    status: row.status,
    statusReason: full ? row.statusReason : null,
    assigneeName: row.assigneeName,
  };
}

/**
 * What a professional must act on, across their open plans (a closed plan
 * leaves it, and is listed apart with why it closed: the closing history is
 * read by everyone who reads the family). As regisseur it shows agreements and safety agreements that are
 * overdue or not kept, a broken safety agreement always (whose who, by when and
 * status the regisseur reads on every stub; their content only where the plan
 * page shows it)
 * and evaluations in the general and safety parts or written by themselves:
 * never more than their plan page shows.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  async forProfessional(caller: Caller): Promise<OverviewOutput> {
    const accesses = (await this.families.forAllFamilies(caller.viewer)).filter((access) => involvementIdOf(access) !== null);
    const [row] = await this.caseData.read<OverviewRow>(accesses, OVERVIEW_SQL, [
      accesses.map(involvementIdOf),
      STAGNATION_WEEKS,
      dutchToday(),
      EVALUATION_HORIZON_DAYS,
      JSON.stringify(accesses.map(regisseurScope).filter((scope) => scope !== null)),
    ]);
    const involvements = row.involvements.map((i) => ({ ...i, lastPlanChangeAt: new Date(i.lastPlanChangeAt) }));
    const byFamily = new Map(accesses.map((access) => [access.familyId, access]));
    const show = (rows: OverviewItemRow[]) => rows.map((item) => shown(byFamily, item));
    this.logReads(caller, involvements, [...row.attention, ...row.evaluations, ...row.assigned]);
    return {
      involvements,
      agreementsNeedingAttention: show(row.attention),
      evaluationsDue: show(row.evaluations),
      stalledPlans: involvements.filter((i) => i.isRegisseur && i.stalled),
      myOpenAgreements: show(row.assigned),
      closedPlans: row.closed.map((plan) => ({ ...plan, closedAt: new Date(plan.closedAt) })),
    };
  }

  /**
   * One access-log line per family whose plan content the overview showed. Its
   * basis is the involvement: the overview shows only what a professional's
   * role or task opens (agreements, the regisseur's evaluations, what is
   * assigned to them), never what a consent opens.
   */
  private logReads(caller: Caller, involvements: readonly OverviewInvolvementOutput[], items: readonly OverviewItemOutput[]): void {
    const shown = new Set(items.map((item) => item.familyId));
    this.accessLog.recordInvolvementReads(
      caller,
      involvements.filter((i) => shown.has(i.familyId)),
      'overview',
    );
  }
}
