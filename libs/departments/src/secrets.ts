import { Department, isDepartment } from './protocol';

export const MIN_SECRET_LENGTH = 32;

/**
 * Parses `DEPARTMENT_SECRETS` (`department:secret` pairs, comma-separated). Returns the problem as a
 * message that never contains a secret, for the configuration rules.
 */
export function parseDepartmentSecrets(value: string): { secrets: Map<Department, string> } | { problem: string } {
  const secrets = new Map<Department, string>();
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.indexOf(':');
    const department = at > 0 ? pair.slice(0, at) : '';
    const secret = at > 0 ? pair.slice(at + 1) : '';
    if (!isDepartment(department)) return { problem: `must be department:secret pairs with a department of courier, finance, quality, sales (got "${department || pair.slice(0, 12)}…")` };
    if (secret.length < MIN_SECRET_LENGTH) return { problem: `has a secret for ${department} shorter than ${MIN_SECRET_LENGTH} characters` };
    if (secrets.has(department)) return { problem: `lists ${department} twice` };
    secrets.set(department, secret);
  }
  return secrets.size ? { secrets } : { problem: 'lists no department' };
}

/** The secrets as a map, or undefined when unset; the configuration has already been validated. */
export function departmentSecretsOf(value: string | undefined): Map<Department, string> | undefined {
  if (!value) return undefined;
  const parsed = parseDepartmentSecrets(value);
  return 'secrets' in parsed ? parsed.secrets : undefined;
}
