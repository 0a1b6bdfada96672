import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes go through migrations only.
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
    logging: ['error', 'warn', 'migration'],
  };
}
