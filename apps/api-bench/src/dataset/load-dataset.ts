import { dutchToday } from '@gezinsplan/domain';
import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@gezinsplan/api/database/data-source-options';
import { runMigrationsExclusively } from '@gezinsplan/api/database/run-migrations';
import { Calendar } from './calendar';
import { CopyValue } from './copy-format';
import { copyRows } from './copy-rows';
import { DATASET_PARTS, DatasetPart, partStream } from './dataset-parts';
import { DatasetMarker, hasFamilies, readMarker, writeMarker } from './dataset-marker';
import { DatasetContext, generateFamily } from './family';
import { generatePopulation } from './population';
import { Random } from './random';
import { DATASET_SHAPE } from './shape';
import { TableName, TableRows, TABLES } from './tables';

/** Every account of a bench database signs in with this password. Never use it for anything else. */
export const BENCH_PASSWORD = 'bench-wachtwoord-niet-voor-productie';

const BATCH = 1000;

export interface DatasetOptions {
  families: number;
  seed: number;
}

const ITEM_COLUMNS = TABLES.plan_item.join(', ');
const REVISION_COLUMNS = `item_id, version, family_id, kind, category, about_member_ids, author_involvement_id, author_member_id,
  author_network_member_id, assignee_involvement_id, assignee_member_id, assignee_network_member_id, target_item_id,
  content, status, due_on, withheld_from_family_reason, removed_at, removed_reason, changed_at, changed_by_account_id`;
const SHARED = `family_id, kind, category, about_member_ids, author_involvement_id, author_member_id, author_network_member_id,
  assignee_involvement_id, assignee_member_id, assignee_network_member_id, target_item_id, content, status, due_on`;

/**
 * The plan items of a batch go through a staging table: from there one
 * statement inserts them (in the order they were written, so a family's
 * items lie scattered as in a real database) and two more write the
 * revisions the trigger would have written, with the same content: version 1
 * as first written, and version 2 for the items changed once since.
 */
async function loadPlanItems(client: Client, rows: readonly CopyValue[][]): Promise<void> {
  await copyRows(client, 'stage_plan_item', TABLES.plan_item, rows);
  await client.query(`INSERT INTO plan_item (${ITEM_COLUMNS}) SELECT ${ITEM_COLUMNS} FROM stage_plan_item ORDER BY created_at`);
  await client.query(`INSERT INTO plan_item_revision (${REVISION_COLUMNS})
    SELECT id, 1, ${SHARED}, NULL, NULL, NULL, created_at, author_account_id FROM stage_plan_item`);
  await client.query(`INSERT INTO plan_item_revision (${REVISION_COLUMNS})
    SELECT id, 2, ${SHARED}, withheld_from_family_reason, removed_at, removed_reason, updated_at, updated_by_account_id
      FROM stage_plan_item WHERE version = 2`);
  await client.query(`TRUNCATE stage_plan_item`);
}

async function loadBatch(client: Client, rows: TableRows, parts: ReadonlyMap<DatasetPart, Map<string, CopyValue[][]>>): Promise<void> {
  for (const table of Object.keys(TABLES) as TableName[]) {
    if (table === 'plan_item') await loadPlanItems(client, rows.of(table));
    else await copyRows(client, table, TABLES[table], rows.of(table));
  }
  for (const [part, tables] of parts) {
    for (const [table, columns] of Object.entries(part.tables)) await copyRows(client, table, columns, tables.get(table) ?? []);
  }
}

/** Generates one batch, yielding now and then so the previous batch's COPY keeps streaming meanwhile. */
async function generateBatch(first: number, last: number, context: DatasetContext, parts: readonly DatasetPart[]) {
  const rows = new TableRows();
  const partRows = new Map(parts.map((part) => [part, new Map<string, CopyValue[][]>()]));
  for (let index = first; index < last; index++) {
    const family = generateFamily(index, context, rows);
    for (const [part, tables] of partRows) {
      const rng = new Random(context.seed ^ partStream(part.name), index + 1);
      part.generate(family, rng, (table, row) => {
        let list = tables.get(table);
        if (!list) tables.set(table, (list = []));
        list.push(row);
      });
    }
    if (index % 100 === 99) await yieldToIo();
  }
  return { rows, partRows };
}

function countRows(total: Record<string, number>, rows: TableRows): void {
  for (const table of Object.keys(TABLES) as TableName[]) total[table] = (total[table] ?? 0) + rows.count(table);
}

async function generate(client: Client, options: DatasetOptions, log: (line: string) => void): Promise<DatasetMarker> {
  const started = Date.now();
  const anchor = dutchToday();
  const parts: DatasetPart[] = [];
  for (const part of DATASET_PARTS) if (await part.applies(client)) parts.push(part);
  // One hash for every account, with a salt from the seed so the dataset is the same byte for byte.
  const salt = createHash('sha256').update(`gezinsplan-bench-${options.seed}`).digest().subarray(0, 16);
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1, salt });
  const calendar = new Calendar(anchor);
  const total: Record<string, number> = {};

  await client.query('BEGIN');
  try {
    // Only the revision trigger is switched off, and only inside this transaction: the load writes
    // the revisions and last_plan_change_at itself. Foreign keys and checks stay on.
    await client.query(`ALTER TABLE plan_item DISABLE TRIGGER plan_item_revision`);
    await client.query(`CREATE TEMP TABLE stage_plan_item (LIKE plan_item INCLUDING DEFAULTS) ON COMMIT DROP`);
    const populationRows = new TableRows();
    const population = generatePopulation(options.families, options.seed, passwordHash, calendar, populationRows);
    await copyRows(client, 'organisation', TABLES.organisation, populationRows.of('organisation'));
    await copyRows(client, 'account', TABLES.account, populationRows.of('account'));
    countRows(total, populationRows);
    const context: DatasetContext = { seed: options.seed, calendar, population, passwordHash };

    let next = generateBatch(0, Math.min(BATCH, options.families), context, parts);
    let reported = 0;
    for (let first = 0; first < options.families; first += BATCH) {
      const batch = await next;
      const following = first + BATCH;
      const loading = loadBatch(client, batch.rows, batch.partRows);
      next = following < options.families
        ? generateBatch(following, Math.min(following + BATCH, options.families), context, parts)
        : Promise.resolve({ rows: new TableRows(), partRows: new Map() });
      await loading;
      countRows(total, batch.rows);
      for (const tables of batch.partRows.values()) {
        for (const [table, list] of tables) total[table] = (total[table] ?? 0) + list.length;
      }
      const done = Math.min(following, options.families);
      if (done * 10 >= (reported + 1) * options.families) {
        reported = Math.floor((done * 10) / options.families);
        log(`  ${done} of ${options.families} families (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
    await client.query(`ALTER TABLE plan_item ENABLE TRIGGER plan_item_revision`);
    const marker: DatasetMarker = { families: options.families, seed: options.seed, anchor, seconds: 0, rows: total, shape: DATASET_SHAPE };
    marker.seconds = Math.round((Date.now() - started) / 100) / 10;
    await writeMarker(client, marker);
    // The deferred check that every family has a regisseur runs here, for every family.
    await client.query('COMMIT');
    return marker;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Migrates the database with the app's own migrations, then fills it with
 * `families` synthetic families unless it already holds exactly that
 * dataset. Refuses a database with other data in it.
 */
export async function ensureDataset(url: string, options: DatasetOptions, log: (line: string) => void = console.log): Promise<DatasetMarker> {
  const dataSource = await new DataSource({ ...dataSourceOptions(url), extra: { max: 2, application_name: 'gezinsplan-bench' } }).initialize();
  try {
    await runMigrationsExclusively(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const client = new Client({ connectionString: url, application_name: 'gezinsplan-bench-load' });
  await client.connect();
  try {
    const existing = await readMarker(client);
    if (existing) {
      if (existing.families !== options.families || existing.seed !== options.seed) {
        throw new Error(`This database holds a bench dataset of ${existing.families} families (seed ${existing.seed}), not ` +
          `${options.families} (seed ${options.seed}). Use another database or data folder.`);
      }
      if (existing.shape !== DATASET_SHAPE) {
        throw new Error(`This database holds a dataset from an older generator (shape ${existing.shape}, now ${DATASET_SHAPE}): ` +
          `delete its data folder (.data/bench-${existing.families}) or use another database, and run again.`);
      }
      return existing;
    }
    if (await hasFamilies(client)) {
      throw new Error('This database already holds families that the generator did not make: refusing to add synthetic data to it.');
    }
    log(`Generating ${options.families} families (seed ${options.seed}) …`);
    const marker = await generate(client, options, log);
    log(`Loaded in ${marker.seconds} s; updating statistics (VACUUM ANALYZE) …`);
    const vacuumStarted = Date.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query('VACUUM (ANALYZE)');
    log(`  statistics ready in ${Math.round((Date.now() - vacuumStarted) / 1000)} s`);
    return marker;
  } finally {
    await client.end();
  }
}
