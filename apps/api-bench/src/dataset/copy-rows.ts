import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CopyValue, copyLine } from './copy-format';

const CHUNK = 1 << 20;

/** Encodes lazily, about a megabyte at a time, so PostgreSQL parses one chunk while the next is built. */
function* encode(rows: readonly CopyValue[][]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** One COPY … FROM STDIN of these rows; the table's constraints and foreign keys check every row. */
export async function copyRows(client: Client, table: string, columns: readonly string[], rows: readonly CopyValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(encode(rows)), stream);
}
