import { randomBytes, createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';

import { TEST_ADMIN_URL_VARIABLE } from './test-env';

function adminUrl(): string {
  const url = process.env[TEST_ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${TEST_ADMIN_URL_VARIABLE} is not set: run the tests through jest (globalSetup sets it).`);
  return url;
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** A template per set of migrations: a changed migration list builds a new one. */
function templateName(): string {
  const names = MIGRATIONS.map((migration) => migration.name).join(',');
  return `gp_template_${createHash('sha256').update(names).digest('hex').slice(0, 12)}`;
}

async function withAdminLock<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock(hashtext('gezinsplan:test-databases'))`);
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function ensureTemplate(admin: Client, template: string): Promise<void> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (rowCount) return;
  // Built under another name and renamed when complete, so a crash never leaves a half-migrated template.
  const building = `${template}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${building}`);
  const dataSource = new DataSource(dataSourceOptions(urlFor(building)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, copied from the template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateName();
  const name = `gp_test_${randomBytes(6).toString('hex')}`;
  await withAdminLock(async (admin) => {
    await ensureTemplate(admin, template);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
  return {
    url: urlFor(name),
    drop: async () => {
      const admin = new Client({ connectionString: adminUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
