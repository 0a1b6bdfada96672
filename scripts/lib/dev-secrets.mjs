// Secrets for development and tests. Production takes its secrets from the environment only; these
// helpers exist so that a fresh clone runs without anyone inventing (or committing) a key.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Payload encryption variables with one fresh random AES-256 key under `keyId`. */
export function generatePayloadKeys(keyId) {
  return {
    PAYLOAD_ENCRYPTION_KEYS: `${keyId}:${randomBytes(32).toString('base64')}`,
    PAYLOAD_ENCRYPTION_ACTIVE_KEY: keyId,
  };
}

/** A random secret for signing staff access tokens. */
export function generateJwtSecret() {
  return { JWT_SECRET: randomBytes(48).toString('base64') };
}

/** One random signing secret per department, as `DEPARTMENT_SECRETS`. */
export function generateDepartmentSecrets() {
  const departments = ['courier', 'finance', 'quality', 'sales'];
  return { DEPARTMENT_SECRETS: departments.map((d) => `${d}:${randomBytes(32).toString('hex')}`).join(',') };
}

/**
 * Variables kept in a JSON file readable by its owner only (mode 0600). The group `generate()`
 * returns is stored on first use and read back on later calls, so that the local Temporal history,
 * encrypted with it, stays readable across restarts. Other variables in the file are left alone.
 * @param {string} file e.g. `.data/dev-secrets.json`
 * @param {() => Record<string, string>} generate
 * @returns {Record<string, string>}
 */
export function persistentDevSecrets(file, generate) {
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const fresh = generate();
  const names = Object.keys(fresh);
  const present = names.filter((name) => typeof stored[name] === 'string' && stored[name] !== '');
  if (present.length === names.length) return Object.fromEntries(names.map((name) => [name, stored[name]]));
  // Replacing half of a stored key set could leave encrypted history without its key.
  if (present.length > 0) throw new Error(`${file} has ${present.join(', ')} but not all of ${names.join(', ')}; complete or remove them`);
  writeFileSync(file, `${JSON.stringify({ ...stored, ...fresh }, null, 2)}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created.
  chmodSync(file, 0o600);
  return fresh;
}
