import { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE … RETURNING and gives its rows. TypeORM answers UPDATE with
 * [rows, rowCount] rather than rows, which makes `result.length` always 2:
 * this is where conditional updates learn whether they matched.
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await manager.query(sql, params)) as [T[], number];
  return rows;
}
