import { ChangeKind, decideChangeInPlan, PlanState } from '@gezinsplan/access-policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { planClosed } from '../common/errors/api-error';
import { preparedQuery } from '../database/prepared-query';
import { FamilyAccess } from './family-access';

/**
 * The one way for a feature service to reach case data (a family's members,
 * network, involvements, consents, legal bases and plan): every call takes the
 * `FamilyAccess` the access module decided, so a service cannot query case
 * tables from a bare family id. The lint rule in apps/api/eslint.config.mjs
 * refuses case-table SQL in any file that holds the `DataSource` itself.
 *
 * The access is a capability, not a filter: the SQL still names the family
 * (`access.familyId`), and the plan's read filter is `PlanItemReader`.
 */
@Injectable()
export class CaseData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A read of the families whose access was decided (one or several, as the
   * overview reads): in the given transaction, or else as a prepared statement.
   */
  read<Row>(
    access: FamilyAccess | readonly FamilyAccess[],
    sql: string,
    params: readonly unknown[] = [],
    manager?: EntityManager,
  ): Promise<Row[]> {
    return manager ? manager.query<Row[]>(sql, [...params]) : preparedQuery<Row>(this.dataSource, sql, params);
  }

  /**
   * A change to one family's case data: one transaction, in which its
   * access-log line is written too. This is where a closed plan refuses every
   * change (PLAN_CLOSED), whichever resolver asked: the family's row is locked
   * first, so a change and a closing of the same plan never pass each other,
   * and every change of a family takes its locks in the same order.
   */
  change<T>(access: FamilyAccess, work: (manager: EntityManager) => Promise<T>, kind: ChangeKind = 'PLAN_CHANGE'): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const decision = decideChangeInPlan(await this.lockPlan(access, manager), kind);
      if (!decision.allowed) throw planClosed(decision.reason);
      return work(manager);
    });
  }

  /** Closing or reopening the plan: the one change that does not ask whether it is closed, and gets its state. */
  changeClosure<T>(access: FamilyAccess, work: (manager: EntityManager, state: PlanState) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => work(manager, await this.lockPlan(access, manager)));
  }

  private async lockPlan(access: FamilyAccess, manager: EntityManager): Promise<PlanState> {
    const [family] = await manager.query<Array<{ closed: boolean }>>(
      `SELECT closed_at IS NOT NULL AS closed FROM family WHERE id = $1 FOR NO KEY UPDATE`,
      [access.familyId],
    );
    return family?.closed ? 'CLOSED' : 'OPEN';
  }

  /**
   * Starting a family plan: the one write with no family to have access to yet.
   * Only professionals start plans; the caller checks that before.
   */
  startFamily<T>(viewer: Viewer, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
