import { STUB_FACT_KINDS } from '@gezinsplan/access-policy';
import { PlanItemKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseData } from '../access/case-data';
import { FamilyAccess } from '../access/family-access';
import { SqlParams } from '../common/sql-params';
import { accessLevelSql, invitesSql } from './plan-item-access.sql';
import { PlanItemRow } from './plan-item.row';

/**
 * Columns that carry content: released only when access is FULL. A redacted
 * agreement's stub keeps who carries it and its due date (STUB_FACT_KINDS), and
 * so does an invitation's for whom it invites (`stubCarriesFacts`); the status
 * only where `stubCarriesStatus` says so (`stub_status`).
 */
const CONTENT_COLUMNS = `
  CASE WHEN access = 'FULL' THEN updated_at END AS updated_at,
  CASE WHEN access = 'FULL' THEN updated_by_account_id END AS updated_by_account_id,
  CASE WHEN access = 'FULL' OR stub_facts THEN assignee_involvement_id END AS assignee_involvement_id,
  CASE WHEN access = 'FULL' OR stub_facts THEN assignee_member_id END AS assignee_member_id,
  CASE WHEN access = 'FULL' OR stub_facts THEN assignee_network_member_id END AS assignee_network_member_id,
  CASE WHEN access = 'FULL' THEN target_item_id END AS target_item_id,
  CASE WHEN access = 'FULL' THEN content END AS content,
  CASE WHEN access = 'FULL' OR stub_status THEN status END AS status,
  CASE WHEN access = 'FULL' OR stub_facts THEN to_char(due_on, 'YYYY-MM-DD') END AS due_on,
  CASE WHEN access = 'FULL' AND is_professional THEN withheld_from_family_reason END AS withheld_from_family_reason`;

const ITEM_COLUMNS = `family_id, kind, category, about_member_ids, author_involvement_id, author_member_id,
  author_network_member_id, assignee_involvement_id, assignee_member_id, assignee_network_member_id,
  target_item_id, content, status, due_on, withheld_from_family_reason`;

export interface ItemFilter {
  kinds?: readonly PlanItemKind[];
  ids?: readonly string[];
  /** Only items dated (due_on) within these days, both included (YYYY-MM-DD). */
  dueWithin?: { from: string; until: string };
  /**
   * Only items of these kinds in this status (kinds not named: any status), where the reader
   * learns the status: a stub that keeps it back (`stub_status`) is returned whatever it is,
   * since leaving out the done and the not-kept ones would tell what the stub keeps back.
   */
  statusOf?: Partial<Record<PlanItemKind, string>>;
}

/**
 * Reads plan items through a person's grant, in one query: hidden items are
 * not returned, redacted ones come without content. Adopted versions are read
 * the same way from the revisions they froze.
 */
@Injectable()
export class PlanItemReader {
  constructor(private readonly caseData: CaseData) {}

  current(access: FamilyAccess, filter: ItemFilter = {}, manager?: EntityManager): Promise<PlanItemRow[]> {
    const params = new SqlParams();
    const family = params.add(access.familyId);
    // The family behind an InitPlan: the planner no longer sees which family it is, so every family
    // gets the same plan and PostgreSQL keeps one generic plan for the prepared statement instead of
    // planning it again at every request (issue 16, eighth round).
    const conditions = [`i.family_id = (SELECT ${family}::uuid)`, `i.removed_at IS NULL`];
    if (filter.kinds) conditions.push(`i.kind = ANY(${params.add(filter.kinds)}::text[])`);
    if (filter.ids) conditions.push(`i.id = ANY(${params.add(filter.ids)}::uuid[])`);
    if (filter.dueWithin) {
      conditions.push(`i.due_on BETWEEN ${params.add(filter.dueWithin.from)}::date AND ${params.add(filter.dueWithin.until)}::date`);
    }
    // Applied after the read rules, on the stored status, to the rows whose reader learns it.
    const statusCondition = filter.statusOf
      ? `(NOT (access = 'FULL' OR stub_status) OR status IS NOT DISTINCT FROM coalesce(${params.add(JSON.stringify(filter.statusOf))}::jsonb ->> kind, status))`
      : undefined;
    const source = `SELECT i.id, ${ITEM_COLUMNS.split(',').map((c) => `i.${c.trim()}`).join(', ')},
                           i.created_at, i.updated_at, i.updated_by_account_id, i.version
                      FROM plan_item i WHERE ${conditions.join(' AND ')}`;
    return this.run(access, source, params, manager, undefined, statusCondition);
  }

  adoptedVersion(access: FamilyAccess, planVersionId: string): Promise<PlanItemRow[]> {
    const params = new SqlParams();
    const version = params.add(planVersionId);
    const family = params.add(access.familyId);
    // Withheld from the family then or now: an item the regisseur withholds today is not read
    // through an older adopted version either (the stricter of then and now).
    const columns = ITEM_COLUMNS.split(',').map((c) =>
      c.trim() === 'withheld_from_family_reason'
        ? 'coalesce(now_item.withheld_from_family_reason, r.withheld_from_family_reason) AS withheld_from_family_reason'
        : `r.${c.trim()}`,
    );
    const source = `SELECT r.item_id AS id, ${columns.join(', ')},
                           first.changed_at AS created_at, r.changed_at AS updated_at,
                           r.changed_by_account_id AS updated_by_account_id, r.version
                      FROM plan_version_item v
                      JOIN plan_item_revision r ON r.item_id = v.item_id AND r.version = v.item_version
                      JOIN plan_item_revision first ON first.item_id = r.item_id AND first.version = 1
                      JOIN plan_item now_item ON now_item.id = r.item_id
                     WHERE v.plan_version_id = ${version} AND r.family_id = ${family}`;
    return this.run(access, source, params);
  }

  /**
   * The versions before the asked ones (the current version, or one an adopted plan
   * froze), for all items asked in one statement: each
   * version only when the reader may read it in full both as it was and as the
   * item is now (`readsEarlierVersion`), with the item's withholding then or now.
   * Newest first per item.
   */
  earlierVersions(access: FamilyAccess, asked: ReadonlyArray<{ itemId: string; version: number }>): Promise<PlanItemRow[]> {
    const params = new SqlParams();
    const ids = params.add(asked.map((a) => a.itemId));
    const versions = params.add(asked.map((a) => a.version));
    const family = params.add(access.familyId);
    const nowLevel = accessLevelSql('now_item', access.grant, params);
    const columns = ITEM_COLUMNS.split(',').map((c) =>
      c.trim() === 'withheld_from_family_reason'
        ? 'coalesce(now_item.withheld_from_family_reason, r.withheld_from_family_reason) AS withheld_from_family_reason'
        : `r.${c.trim()}`,
    );
    const source = `SELECT r.item_id AS id, ${columns.join(', ')},
                           now_item.created_at, r.changed_at AS updated_at, r.changed_by_account_id AS updated_by_account_id,
                           r.version, ${nowLevel} AS now_access
                      FROM unnest(${ids}::uuid[], ${versions}::int[]) AS asked(item_id, version)
                      JOIN plan_item_revision r ON r.item_id = asked.item_id AND r.version < asked.version
                      JOIN plan_item now_item ON now_item.id = r.item_id
                     WHERE r.family_id = ${family} AND now_item.removed_at IS NULL`;
    return this.run(access, source, params, undefined, { onlyFull: true, order: 'created_at, id, version DESC' });
  }

  private run(
    access: FamilyAccess,
    source: string,
    params: SqlParams,
    manager?: EntityManager,
    history?: { onlyFull: true; order: string },
    /** A condition on the rows as read (their `access`, `stub_status` and stored columns). */
    readCondition?: string,
  ): Promise<PlanItemRow[]> {
    const level = accessLevelSql('i', access.grant, params);
    const isProfessional = params.add(access.relation.type === 'PROFESSIONAL');
    const stubKinds = params.add(STUB_FACT_KINDS);
    const seesProgress = params.add(access.grant.seesAgreementProgress);
    const invitesReader = invitesSql('with_level', access.grant, params);
    // OFFSET 0 keeps PostgreSQL from pulling these subqueries up: pulled up, the access level's CASE
    // is copied into every column that reads `access` and evaluated a dozen times a row (issue 16, sixth round).
    const sql = `
      SELECT id, family_id, kind, category, about_member_ids, author_involvement_id, author_member_id,
             author_network_member_id, created_at, version, access, invites_reader, ${CONTENT_COLUMNS}
        FROM (SELECT with_level.*, ${invitesReader} AS invites_reader,
                     access = 'REDACTED' AND (kind = ANY(${stubKinds}::text[]) OR ${invitesReader}) AS stub_facts,
                     access = 'REDACTED' AND (${invitesReader} OR (${seesProgress}::boolean AND kind = ANY(${stubKinds}::text[]))) AS stub_status
                FROM (SELECT i.*, ${level} AS access, ${isProfessional}::boolean AS is_professional
                        FROM (${source}) i OFFSET 0) with_level OFFSET 0) with_access
       WHERE ${history ? `access = 'FULL' AND now_access = 'FULL'` : `access <> 'HIDDEN'`}${readCondition ? ` AND ${readCondition}` : ''}
       ORDER BY ${history?.order ?? 'created_at, id'}`;
    return this.caseData.read<PlanItemRow>(access, sql, params.values, manager);
  }
}
