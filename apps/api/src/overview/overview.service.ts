import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { Caller } from '../auth/caller';
import { OverviewInvolvementOutput, OverviewItemOutput, OverviewOutput } from './overview.output';

export const STAGNATION_WEEKS = 6;
export const EVALUATION_HORIZON_DAYS = 14;

const ITEM_JSON = `json_build_object('familyId', p.family_id, 'familyName', f.name, 'itemId', p.id, 'kind', p.kind,
  'text', p.content->>'text', 'dueOn', p.due_on, 'status', p.status, 'statusReason', p.content->>'statusReason',
  'assigneeName', coalesce(aa.display_name, fm.given_name || ' ' || fm.family_name, nm.name))`;

const ITEM_JOINS = `JOIN family f ON f.id = p.family_id
  LEFT JOIN involvement ai ON ai.id = p.assignee_involvement_id
  LEFT JOIN account aa ON aa.id = ai.account_id
  LEFT JOIN family_member fm ON fm.id = p.assignee_member_id
  LEFT JOIN network_member nm ON nm.id = p.assignee_network_member_id`;

const items = (where: string) => `(SELECT coalesce(json_agg(${ITEM_JSON} ORDER BY p.due_on, f.name), '[]')
   FROM plan_item p ${ITEM_JOINS} WHERE p.removed_at IS NULL AND ${where})`;

/**
 * The whole overview in one statement: $1 the account, $2 weeks without change
 * that make a plan stalled, $3 today, $4 days ahead for evaluations.
 */
const OVERVIEW_SQL = `
WITH mine AS (
  SELECT i.family_id AS "familyId", f.name AS "familyName", i.id AS "involvementId", i.task,
         EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS "isRegisseur",
         f.last_plan_change_at AS "lastPlanChangeAt",
         f.last_plan_change_at < now() - make_interval(weeks => $2) AS stalled
    FROM involvement i JOIN family f ON f.id = i.family_id
   WHERE i.account_id = $1 AND i.ended_at IS NULL AND i.starts_on <= $3::date AND (i.ends_on IS NULL OR i.ends_on >= $3::date)
), regie AS (SELECT * FROM mine WHERE "isRegisseur")
SELECT
  (SELECT coalesce(json_agg(mine ORDER BY "familyName"), '[]') FROM mine) AS involvements,
  ${items(`p.family_id IN (SELECT "familyId" FROM regie) AND p.kind = 'AGREEMENT'
           AND ((p.status = 'OPEN' AND p.due_on < $3::date) OR p.status = 'NOT_KEPT')`)} AS attention,
  ${items(`p.family_id IN (SELECT "familyId" FROM regie) AND p.kind = 'EVALUATION' AND p.status = 'PLANNED'
           AND p.due_on BETWEEN $3::date AND $3::date + $4::int
           AND (p.category IN ('GENERAL', 'SAFETY') OR p.author_involvement_id IN (SELECT "involvementId" FROM regie))`)} AS evaluations,
  ${items(`p.assignee_involvement_id IN (SELECT "involvementId" FROM mine) AND p.kind = 'AGREEMENT' AND p.status = 'OPEN'`)} AS assigned`;

interface OverviewRow {
  involvements: Array<Omit<OverviewInvolvementOutput, 'lastPlanChangeAt'> & { lastPlanChangeAt: string }>;
  attention: OverviewItemOutput[];
  evaluations: OverviewItemOutput[];
  assigned: OverviewItemOutput[];
}

/**
 * What a professional must act on, across their families. As regisseur it
 * shows agreements (whose who/what/when every involved professional reads)
 * and evaluations in the general and safety parts or written by themselves:
 * never more than their plan page shows.
 */
@Injectable()
export class OverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async forProfessional(caller: Caller): Promise<OverviewOutput> {
    const [row] = (await this.dataSource.query(OVERVIEW_SQL, [
      caller.viewer.accountId,
      STAGNATION_WEEKS,
      dutchToday(),
      EVALUATION_HORIZON_DAYS,
    ])) as [OverviewRow];
    const involvements = row.involvements.map((i) => ({ ...i, lastPlanChangeAt: new Date(i.lastPlanChangeAt) }));
    this.logReads(caller, involvements, [...row.attention, ...row.evaluations, ...row.assigned]);
    return {
      involvements,
      agreementsNeedingAttention: row.attention,
      evaluationsDue: row.evaluations,
      stalledPlans: involvements.filter((i) => i.isRegisseur && i.stalled),
      myOpenAgreements: row.assigned,
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
