import { EntityManager } from 'typeorm';

/**
 * One multi-row INSERT, so that the demo loads in a handful of round trips.
 * Every row must have the same columns, in the same order; table and column
 * names come from this code, never from input.
 */
export async function insertRows(manager: EntityManager, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const values = rows.map((row, r) => {
    if (Object.keys(row).join() !== columns.join()) throw new Error(`Rows for ${table} differ in their columns.`);
    return `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`;
  });
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`,
    rows.flatMap((row) => columns.map((column) => row[column])),
  );
}
