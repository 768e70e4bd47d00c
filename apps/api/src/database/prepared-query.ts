import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/** One name per SQL text: the text is built from a handful of shapes, so the names stay few. */
function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `gp_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * A read (or a write that commits on its own) outside any transaction, sent as a named prepared statement on the
 * DataSource's own pool: PostgreSQL parses it once per connection and, after
 * five runs, keeps one generic plan if that is estimated no dearer than planning
 * with the values, instead of parsing and planning the same text on every request
 * (TypeORM's query() sends unnamed statements). A read whose estimate depends on a
 * value, such as a family's rows, loses that comparison at every run: such values
 * go behind an InitPlan (`(SELECT $1::uuid)`, plan/plan-item.reader.ts). Planning was
 * about half of the database's time for the plan page's statements
 * (docs/performance.md). Logged through TypeORM's logger like its own queries.
 */
export async function preparedQuery<Row>(dataSource: DataSource, sql: string, params: readonly unknown[]): Promise<Row[]> {
  const driver = dataSource.driver;
  const master: unknown = driver instanceof PostgresDriver ? driver.master : undefined;
  if (!(master instanceof Pool)) return dataSource.query<Row[]>(sql, [...params]);
  dataSource.logger.logQuery(sql, [...params]);
  const result = await master.query({ name: nameOf(sql), text: sql, values: [...params] });
  const rows: unknown[] = result.rows;
  return rows as Row[];
}
