import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsExclusively } from './run-migrations';
import { assertRuntimeRoleOwnsNothing, prepareRuntimeRole } from './runtime-role';

/**
 * As the owner (DATABASE_URL): the migrations, then the runtime role and its
 * grants. The owner's connection is closed before the API accepts requests.
 */
async function prepareDatabase(ownerUrl: string, runtimeUrl: string | undefined): Promise<string> {
  // Two connections: one holds the migration lock while the other migrates.
  const owner = await new DataSource({ ...dataSourceOptions(ownerUrl), extra: { max: 2, application_name: 'gezinsplan-migrations' } }).initialize();
  try {
    await runMigrationsExclusively(owner);
    return await prepareRuntimeRole(owner, ownerUrl, runtimeUrl);
  } finally {
    await owner.destroy();
  }
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Everything after the start runs as the runtime role, which owns nothing (docs/deployment.md).
      useFactory: async (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('No database URL: the embedded database should have been started first.');
        return dataSourceOptions(await prepareDatabase(config.databaseUrl, config.databaseRuntimeUrl));
      },
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('No data source options');
        const dataSource = await new DataSource(options).initialize();
        await assertRuntimeRoleOwnsNothing(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
