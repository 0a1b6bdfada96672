import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './safe-query-logger';

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> & Partial<Pick<AppConfig, 'DATABASE_POOL_WAIT_MS'>>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes go through migrations only.
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: config.DATABASE_POOL_WAIT_MS ?? 30_000 },
    logging: ['error', 'warn', 'migration'],
    // Never the default loggers: they print a failed query's parameters (customers' data).
    logger: new SafeQueryLogger(['error', 'warn', 'migration']),
  };
}
