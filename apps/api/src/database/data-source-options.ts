import { DataSourceOptions } from 'typeorm';
import { CONNECTION_TIMEOUT_MS } from './connection-timeout';
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
    // connections notice a vanished server. The pool replaces broken connections by itself. A request
    // that waits as long for a free connection of a full pool answers SERVER_BUSY, not "unavailable".
    extra: { max: 20, application_name: 'gezinsplan-api', connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, keepAlive: true },
  };
}
