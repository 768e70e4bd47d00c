// Imported here so that the pruned production package.json lists them: the
// Apollo driver and TypeORM load them at run time, out of webpack's sight.
import '@as-integrations/express5';
import 'pg';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InitialAdminService } from './account/initial-admin.service';
import { createApp } from './bootstrap/create-app';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { AlreadyRunningError } from './database/instance-lock';
import { OrphanedDatabaseError } from './database/orphaned-postgres';
import { DemoDataService } from './demo/demo-data.service';
import { DEMO_LOGINS } from './demo/demo-logins';
import { DEMO_PASSWORD } from './demo/demo-organisations';

async function startDatabase(config: AppConfig): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  mkdirSync(config.dataDir, { recursive: true });
  const logFile = join(config.dataDir, 'postgres.log');
  console.log(`Starting the embedded PostgreSQL (data in ${config.dataDir}, log in ${logFile}) …`);
  const embedded = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    log: (message) => appendFileSync(logFile, `${message}\n`),
  });
  return { url: embedded.url, embedded };
}

function printWelcome(url: string, demoData: boolean): void {
  const lines = [``, `Gezinsplan is running at ${url}`, `  GraphQL: ${url}/graphql   health: ${url}/health`];
  if (demoData) {
    lines.push(``, `Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const group of DEMO_LOGINS) {
      lines.push(`  ${group.title}:`);
      for (const account of group.accounts) lines.push(`    ${account.email.padEnd(40)} ${account.role}`);
    }
  }
  lines.push(``, `Stop with Ctrl+C.`, ``);
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await startDatabase(config);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: finishing open requests and stopping …`);
    try {
      await app?.close();
    } finally {
      await database.embedded?.stop();
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  try {
    app = await createApp({ ...config, databaseUrl: database.url });
    await app.get(InitialAdminService).ensure(config.initialAdminEmail);
    if (config.loadDemoData) {
      const loaded = await app.get(DemoDataService).loadIntoEmptyDatabase(DEMO_PASSWORD);
      if (loaded) console.log('Loaded the demo data into the new database.');
    }
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.embedded?.stop();
    throw error;
  }
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  printWelcome(`http://${shownHost}:${config.port}`, config.loadDemoData);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AlreadyRunningError || error instanceof OrphanedDatabaseError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
    console.error(`Port ${process.env['PORT'] ?? 3000} is already in use. Is Gezinsplan already running? Otherwise set PORT.`);
  } else {
    console.error('Gezinsplan could not start:', error);
  }
  process.exit(1);
});
