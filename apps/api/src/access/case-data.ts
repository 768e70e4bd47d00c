import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
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

  /** A change to one family's case data: one transaction, in which its access-log line is written too. */
  change<T>(access: FamilyAccess, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Starting a family plan: the one write with no family to have access to yet.
   * Only professionals start plans; the caller checks that before.
   */
  startFamily<T>(viewer: Viewer, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
