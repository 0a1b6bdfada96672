import { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations; returns the names applied. */
export async function runMigrations(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(config), logging: ['error'] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
