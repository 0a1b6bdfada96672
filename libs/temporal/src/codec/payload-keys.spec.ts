import { randomBytes } from 'node:crypto';
import { findPayloadKeyProblem, parsePayloadKeys, PayloadKeyError, payloadKeyRules } from './payload-keys';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');

describe('parsePayloadKeys', () => {
  it('reads several kid:base64key pairs and the active key id', () => {
    const [k1, k2] = [key(), key()];
    const keyring = parsePayloadKeys(`2026-01:${k1}, 2026-07:${k2}`, '2026-07');
    expect(keyring.activeKeyId).toBe('2026-07');
    expect([...keyring.keys.keys()]).toEqual(['2026-01', '2026-07']);
    expect(keyring.keys.get('2026-01')).toEqual(Buffer.from(k1, 'base64'));
    expect(keyring.keys.get('2026-07')).toHaveLength(32);
  });

  it('accepts base64 without padding and key ids of letters, digits, _ . -', () => {
    const unpadded = key().replace(/=+$/, '');
    expect(parsePayloadKeys(`Prod_key.v-2:${unpadded}`, 'Prod_key.v-2').keys.get('Prod_key.v-2')).toHaveLength(32);
    expect(parsePayloadKeys(`${'k'.repeat(64)}:${key()}`, 'k'.repeat(64)).activeKeyId).toHaveLength(64);
  });

  const good = key();
  // 0xfb bytes encode to '+/v7': the URL-safe alphabet writes them '-_v7'.
  const urlSafe = Buffer.alloc(32, 0xfb).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  it.each([
    ['no keys', undefined, 'k1', 'keys-missing', /^PAYLOAD_ENCRYPTION_KEYS is required when PAYLOAD_ENCRYPTION_ACTIVE_KEY is set$/],
    ['no active key', `k1:${good}`, undefined, 'active-missing', /^PAYLOAD_ENCRYPTION_ACTIVE_KEY is required when PAYLOAD_ENCRYPTION_KEYS is set$/],
    ['an active key that is not listed', `k1:${good}`, 'k2', 'unknown-active', /^PAYLOAD_ENCRYPTION_ACTIVE_KEY must be one of the key ids in PAYLOAD_ENCRYPTION_KEYS \(known: k1\)$/],
    ['a key of 16 bytes', `k1:${key(16)}`, 'k1', 'wrong-length', /^PAYLOAD_ENCRYPTION_KEYS has a key that is not 32 bytes .* \(key id "k1" has 16 bytes\)$/],
    ['a key of 33 bytes', `k1:${key(33)}`, 'k1', 'wrong-length', /key id "k1" has 33 bytes/],
    ['a key that is not base64', 'k1:not*base64!', 'k1', 'invalid-base64', /^PAYLOAD_ENCRYPTION_KEYS has a key that is not valid base64 \(key id "k1"\)$/],
    ['a URL-safe base64 key', `k1:${urlSafe}`, 'k1', 'invalid-base64', /not valid base64/],
    ['a duplicate key id', `k1:${good},k1:${key()}`, 'k1', 'duplicate-key-id', /^PAYLOAD_ENCRYPTION_KEYS lists a key id more than once \(key id "k1"\)$/],
    ['an entry without a colon', good, 'k1', 'malformed', /^PAYLOAD_ENCRYPTION_KEYS must be comma-separated kid:base64key pairs \(entry 1\)$/],
    ['an empty entry', `k1:${good},`, 'k1', 'malformed', /\(entry 2\)$/],
    ['an empty key id', `:${good}`, 'k1', 'malformed', /\(entry 1\)$/],
    ['a key id with a space', `my key:${good}`, 'my key', 'invalid-key-id', /^PAYLOAD_ENCRYPTION_KEYS has a key id that is not 1-64 characters/],
    ['a key id of 65 characters', `${'k'.repeat(65)}:${good}`, 'k', 'invalid-key-id', /\(entry 1\)$/],
  ])('refuses %s', (_case, keys, active, problem, message) => {
    let error: unknown;
    try {
      parsePayloadKeys(keys, active);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PayloadKeyError);
    expect((error as PayloadKeyError).problem).toBe(problem);
    expect((error as Error).message).toMatch(message);
    expect(findPayloadKeyProblem(keys, active)).toBe(problem);
  });

  it('never puts key material into an error message', () => {
    const secret = key();
    const messages = [`k1:${secret},k1:${secret}`, `k1:${secret.slice(0, 20)}`, `k1:${secret}`].map((keys) => {
      try {
        parsePayloadKeys(keys, 'other');
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    });
    for (const message of messages) {
      expect(message).not.toBe('');
      expect(message).not.toContain(secret.slice(0, 8));
    }
  });
});

describe('payloadKeyRules', () => {
  const rules = payloadKeyRules<{ PAYLOAD_ENCRYPTION_KEYS?: string; PAYLOAD_ENCRYPTION_ACTIVE_KEY?: string }>();
  const failing = (config: { PAYLOAD_ENCRYPTION_KEYS?: string; PAYLOAD_ENCRYPTION_ACTIVE_KEY?: string }) =>
    rules.filter((rule) => !rule.check(config)).map((rule) => `${rule.variable} ${rule.message}`);

  it('passes a valid configuration and one with neither variable set', () => {
    expect(failing({ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' })).toEqual([]);
    expect(failing({})).toEqual([]);
  });

  it('fails exactly one rule, naming the variable at fault', () => {
    expect(failing({ PAYLOAD_ENCRYPTION_KEYS: `k1:${key(16)}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' })).toEqual([
      'PAYLOAD_ENCRYPTION_KEYS has a key that is not 32 bytes after base64 decoding',
    ]);
    expect(failing({ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}` })).toEqual([
      'PAYLOAD_ENCRYPTION_ACTIVE_KEY is required when PAYLOAD_ENCRYPTION_KEYS is set',
    ]);
  });
});
