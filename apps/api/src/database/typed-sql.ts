import { EntityManager } from 'typeorm';
import { Tables } from './table-rows.generated';

export type TableName = keyof Tables;
export type ColumnOf<T extends TableName> = keyof Tables[T] & string;

/** A row of a table, or of the columns a query selects from it: a renamed or dropped column no longer compiles. */
export type Row<T extends TableName, C extends ColumnOf<T> = ColumnOf<T>> = Pick<Tables[T], C>;

/** A column list written for one table, carrying the type of the rows it selects. */
export interface Columns<R> {
  readonly sql: string;
  /** Only for the type checker: the row this selection yields. */
  readonly row?: R;
}

/** The row type a column list selects: for a query that adds computed fields (`query<Selected<typeof X>, { born: string }>`). */
export type Selected<S> = S extends Columns<infer R> ? R : never;

/**
 * `SELECT ${columns('consent', 'c', ['id', 'family_id'])} FROM consent c …`:
 * the column names are checked against the migrated schema
 * (`table-rows.generated.ts`), and `query` types the result by them.
 */
export function columns<T extends TableName, C extends ColumnOf<T>>(
  _table: T,
  alias: string,
  names: readonly C[],
): Columns<Row<T, C>> {
  return { sql: names.map((name) => `${alias}.${name}`).join(', ') };
}

/**
 * `INSERT INTO consent (…) VALUES (…) RETURNING ${returning('consent', ['id']).sql}`: the columns a write
 * returns, unprefixed, checked and typed like `columns`.
 */
export function returning<T extends TableName, C extends ColumnOf<T>>(_table: T, names: readonly C[]): Columns<Row<T, C>> {
  return { sql: names.join(', ') };
}

/** One column's name, checked against the schema: for WHERE clauses, ORDER BY, and SQL functions around a column. */
export function column<T extends TableName>(_table: T, name: ColumnOf<T>): string {
  return name;
}

/** Runs a query whose rows are described by a column list (plus any computed fields `Extra` the SQL adds). */
export function query<R, Extra = unknown>(
  manager: Pick<EntityManager, 'query'>,
  _selection: Columns<R>,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Array<R & Extra>> {
  return manager.query<Array<R & Extra>>(sql, [...params]);
}
