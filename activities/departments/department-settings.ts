import { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { DepartmentSettings, departmentSettingsOf } from '@libs/departments/settings';

export interface DepartmentActivityDependencies {
  dataSource: DataSource;
  config: AppConfig;
}

/** The department settings of the worker's validated configuration. */
export function settingsResolver(deps: DepartmentActivityDependencies): () => DepartmentSettings {
  const settings = departmentSettingsOf(deps.config);
  return () => settings;
}
