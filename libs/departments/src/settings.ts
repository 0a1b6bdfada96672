import type { AppConfig } from '@libs/config';
import { Department } from './protocol';
import { departmentSecretsOf } from './secrets';

/** What a department client needs: where departments listen, where they answer, how to sign. */
export interface DepartmentSettings {
  baseUrl: string;
  apiPublicUrl: string;
  /** Undefined when DEPARTMENT_SECRETS is unset (allowed outside production): nothing is sent then. */
  secrets?: Map<Department, string>;
}

export function departmentSettingsOf(config: Pick<AppConfig, 'DEPARTMENT_BASE_URL' | 'API_PUBLIC_URL' | 'DEPARTMENT_SECRETS'>): DepartmentSettings {
  return {
    baseUrl: config.DEPARTMENT_BASE_URL.replace(/\/+$/, ''),
    apiPublicUrl: config.API_PUBLIC_URL.replace(/\/+$/, ''),
    secrets: departmentSecretsOf(config.DEPARTMENT_SECRETS),
  };
}
