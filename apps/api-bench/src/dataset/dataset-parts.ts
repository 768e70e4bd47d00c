import { Client } from 'pg';
import { CopyValue } from './copy-format';
import { GeneratedFamily } from './family';
import { Random } from './random';
import { SIGNALS_PART } from './signals-part';

/**
 * The extension point for tables that other features add, such as signals
 * (the Verwijsindex registrations): a part declares its tables and columns,
 * says whether the database has them (its migration ran), and adds rows per
 * family from what was generated for it. The loader COPYs a part's tables
 * after the core tables of each batch, in the order listed, in the same
 * transaction, so a part's rows may refer to families, members, involvements
 * and accounts. A part gets its own random stream, so adding one does not
 * change the data of the others.
 */
export interface DatasetPart {
  name: string;
  /** Table name to columns, in load order. */
  tables: Readonly<Record<string, readonly string[]>>;
  /** True when the database has this part's tables (its migration has run). */
  applies(client: Client): Promise<boolean>;
  generate(family: GeneratedFamily, rng: Random, add: (table: string, row: CopyValue[]) => void): void;
}

/**
 * The parts in use, each loaded only where its migration has run. A part is
 * a new file implementing DatasetPart, added here.
 */
export const DATASET_PARTS: readonly DatasetPart[] = [SIGNALS_PART];

/** A stable stream number per part name, so parts do not share random numbers. */
export function partStream(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}
