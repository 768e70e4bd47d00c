import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // A database out of reach fails a request within seconds instead of holding it; kept-alive
    // connections notice a vanished server. The pool replaces broken connections by itself.
    extra: { max: 20, application_name: 'gezinsplan-api', connectionTimeoutMillis: 5_000, keepAlive: true },
  };
}
