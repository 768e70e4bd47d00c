import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { OverviewInvolvementOutput, OverviewItemOutput, OverviewOutput } from './overview.output';

export const STAGNATION_WEEKS = 6;
export const EVALUATION_HORIZON_DAYS = 14;

const ITEM_COLUMNS = `p.family_id AS "familyId", f.name AS "familyName", p.id AS "itemId", p.kind,
  p.content->>'text' AS text, to_char(p.due_on, 'YYYY-MM-DD') AS "dueOn", p.status,
  p.content->>'statusReason' AS "statusReason",
  coalesce(aa.display_name, fm.given_name || ' ' || fm.family_name, nm.name) AS "assigneeName"`;

const ASSIGNEE_JOINS = `
  LEFT JOIN involvement ai ON ai.id = p.assignee_involvement_id
  LEFT JOIN account aa ON aa.id = ai.account_id
  LEFT JOIN family_member fm ON fm.id = p.assignee_member_id
  LEFT JOIN network_member nm ON nm.id = p.assignee_network_member_id`;

/**
 * What a professional must act on, across their families, in a fixed number
 * of queries. As regisseur it shows agreements (whose who/what/when every
 * involved professional reads) and evaluations in the general and safety
 * parts or written by themselves: never more than their plan page shows.
 */
@Injectable()
export class OverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly families: FamilyAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  async forProfessional(caller: Caller): Promise<OverviewOutput> {
    const today = dutchToday();
    const involvements = (await this.dataSource.query(
      `SELECT i.family_id AS "familyId", f.name AS "familyName", i.id AS "involvementId", i.task,
              EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS "isRegisseur",
              f.last_plan_change_at AS "lastPlanChangeAt",
              f.last_plan_change_at < now() - make_interval(weeks => $2) AS stalled
         FROM involvement i JOIN family f ON f.id = i.family_id
        WHERE i.account_id = $1 AND i.ended_at IS NULL AND i.starts_on <= $3 AND (i.ends_on IS NULL OR i.ends_on >= $3)
        ORDER BY f.name`,
      [caller.viewer.accountId, STAGNATION_WEEKS, today],
    )) as OverviewInvolvementOutput[];
    const regie = involvements.filter((i) => i.isRegisseur);
    const regieFamilies = regie.map((i) => i.familyId);
    const regieInvolvements = regie.map((i) => i.involvementId);
    const [agreementsNeedingAttention, evaluationsDue, myOpenAgreements] = await Promise.all([
      this.dataSource.query(
        `SELECT ${ITEM_COLUMNS} FROM plan_item p JOIN family f ON f.id = p.family_id ${ASSIGNEE_JOINS}
          WHERE p.family_id = ANY($1::uuid[]) AND p.kind = 'AGREEMENT' AND p.removed_at IS NULL
            AND ((p.status = 'OPEN' AND p.due_on < $2) OR p.status = 'NOT_KEPT')
          ORDER BY p.due_on, f.name`,
        [regieFamilies, today],
      ) as Promise<OverviewItemOutput[]>,
      this.dataSource.query(
        `SELECT ${ITEM_COLUMNS} FROM plan_item p JOIN family f ON f.id = p.family_id ${ASSIGNEE_JOINS}
          WHERE p.family_id = ANY($1::uuid[]) AND p.kind = 'EVALUATION' AND p.removed_at IS NULL
            AND p.status = 'PLANNED' AND p.due_on BETWEEN $2::date AND $2::date + $3::int
            AND (p.category IN ('GENERAL', 'SAFETY') OR p.author_involvement_id = ANY($4::uuid[]))
          ORDER BY p.due_on, f.name`,
        [regieFamilies, today, EVALUATION_HORIZON_DAYS, regieInvolvements],
      ) as Promise<OverviewItemOutput[]>,
      this.dataSource.query(
        `SELECT ${ITEM_COLUMNS} FROM plan_item p JOIN family f ON f.id = p.family_id ${ASSIGNEE_JOINS}
          WHERE p.assignee_involvement_id = ANY($1::uuid[]) AND p.kind = 'AGREEMENT' AND p.removed_at IS NULL
            AND p.status = 'OPEN'
          ORDER BY p.due_on, f.name`,
        [involvements.map((i) => i.involvementId)],
      ) as Promise<OverviewItemOutput[]>,
    ]);
    await this.logReads(caller, [...agreementsNeedingAttention, ...evaluationsDue, ...myOpenAgreements]);
    return {
      involvements,
      agreementsNeedingAttention,
      evaluationsDue,
      stalledPlans: regie.filter((i) => i.stalled),
      myOpenAgreements,
    };
  }

  /** One access-log line per family whose plan content the overview showed. */
  private async logReads(caller: Caller, items: OverviewItemOutput[]): Promise<void> {
    const familyIds = [...new Set(items.map((item) => item.familyId))];
    if (familyIds.length === 0) return;
    const access = await this.families.forFamilies(caller.viewer, familyIds);
    await this.accessLog.record(
      caller,
      [...access.values()].map((a) => ({ access: a, action: 'READ' as const, list: 'overview', memberIds: [] })),
    );
  }
}
