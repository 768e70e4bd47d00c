import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('No database URL: the embedded database should have been started first.');
        // Migrations run before the API accepts requests, each in its own transaction.
        return { ...dataSourceOptions(config.databaseUrl), migrationsRun: true };
      },
    }),
  ],
})
export class DatabaseModule {}
