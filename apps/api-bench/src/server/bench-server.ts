// As in main.ts: loaded at run time by the Apollo driver and TypeORM.
import '@as-integrations/express5';
import { FamilyAccessService } from '@gezinsplan/api/access/family-access.service';
import { AppFactory, createApp } from '@gezinsplan/api/bootstrap/create-app';
import { loadConfig } from '@gezinsplan/api/config/app-config';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { readMarker } from '../dataset/dataset-marker';
import { OpenAccessService } from './open-access.service';

/**
 * NestFactory has no way to replace a provider, so the root module is compiled
 * through @nestjs/testing, which has; createApp then assembles the app from it
 * exactly as for production (headers, pipes, filters, logging).
 */
const withoutAccessControl: AppFactory = async (root, options) => {
  const moduleRef = await Test.createTestingModule({ imports: [root] })
    .overrideProvider(FamilyAccessService)
    .useClass(OpenAccessService)
    .compile();
  return moduleRef.createNestApplication<NestExpressApplication>(options);
};

/** The same build with access control on: the base against which switching it off is measured. */
const withAccessControl: AppFactory = async (root, options) => {
  const moduleRef = await Test.createTestingModule({ imports: [root] }).compile();
  return moduleRef.createNestApplication<NestExpressApplication>(options);
};

/**
 * The benchmark's second server: the real app (createApp) with need-to-know
 * switched off. It runs only on a database that the bench generator filled (it
 * checks for the generator's marker first), so it cannot be pointed at real
 * case data by mistake.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  const marker = await readMarker(client).finally(() => client.end());
  if (!marker) throw new Error('Not a bench database (no bench.dataset marker): the access-off server refuses to start.');
  const on = process.env['BENCH_ACCESS_CONTROL'] === 'on';
  const app = await createApp(config, on ? withAccessControl : withoutAccessControl);
  await app.listen(config.port, config.host);
  console.log(`bench server (access control ${on ? 'on' : 'OFF'}) listening on http://${config.host}:${config.port}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void app.close().finally(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error('bench server could not start:', error);
  process.exit(1);
});
