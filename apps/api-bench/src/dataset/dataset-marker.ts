import { Client } from 'pg';

/** What a bench database holds, kept in its own schema, outside the app's tables and migrations. */
export interface DatasetMarker {
  families: number;
  seed: number;
  anchor: string;
  seconds: number;
  rows: Record<string, number>;
  /** The generator's DATASET_SHAPE when it made this dataset (1: before the field existed). */
  shape: number;
}

export async function readMarker(client: Client): Promise<DatasetMarker | null> {
  const [{ present }] = (await client.query<{ present: boolean }>(`SELECT to_regclass('bench.dataset') IS NOT NULL AS present`)).rows;
  if (!present) return null;
  const { rows } = await client.query<DatasetMarker>(
    `SELECT families, seed, to_char(anchor, 'YYYY-MM-DD') AS anchor, seconds::float8 AS seconds, rows,
            coalesce((to_jsonb(d) ->> 'shape')::int, 1) AS shape FROM bench.dataset d`,
  );
  return rows[0] ?? null;
}

export async function writeMarker(client: Client, marker: DatasetMarker): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS bench.dataset (families integer NOT NULL, seed integer NOT NULL, anchor date NOT NULL,
       seconds numeric NOT NULL, rows jsonb NOT NULL, shape integer NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`,
  );
  await client.query(`INSERT INTO bench.dataset (families, seed, anchor, seconds, rows, shape) VALUES ($1, $2, $3, $4, $5, $6)`, [
    marker.families, marker.seed, marker.anchor, marker.seconds, JSON.stringify(marker.rows), marker.shape,
  ]);
}

/** Any family at all: a database with data but no marker is not ours to fill. */
export async function hasFamilies(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ has_families: boolean }>(`SELECT EXISTS (SELECT 1 FROM family) AS has_families`);
  return rows[0].has_families;
}
