import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// API keys: `ask_<id>_<secret>`. The id finds the row; only a hash of the whole key is stored, so a
// leaked table does not leak usable keys. Keys are long and random, so a fast hash is enough.
const PREFIX = 'ask';
const KEY_PATTERN = /^ask_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  id: string;
  key: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const id = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const key = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`;
  return { id, key, hash: hashApiKey(key) };
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(`${PREFIX}_`);
}

export function apiKeyId(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
