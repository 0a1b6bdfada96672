import { randomBytes } from 'node:crypto';
import { configRules, configSchema } from './config.schema';
import { ConfigError, loadConfig } from './load-config';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');

describe('payload encryption configuration', () => {
  it('has no default key and leaves both variables unset outside production', () => {
    const config = loadConfig({});
    expect(config.PAYLOAD_ENCRYPTION_KEYS).toBeUndefined();
    expect(config.PAYLOAD_ENCRYPTION_ACTIVE_KEY).toBeUndefined();
  });

  it('accepts a valid key set', () => {
    const keys = `old:${key()},new:${key()}`;
    expect(loadConfig({ PAYLOAD_ENCRYPTION_KEYS: keys, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'new' })).toMatchObject({
      PAYLOAD_ENCRYPTION_KEYS: keys,
      PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'new',
    });
  });

  // Only the payload rules, so that other variables required in production do not interfere.
  const firstPayloadRuleBroken = (env: Record<string, string>) => {
    const config = configSchema.parse(env);
    const rule = configRules.find((r) => r.variable.startsWith('PAYLOAD_ENCRYPTION_') && !r.check(config));
    return rule && `${rule.variable} ${rule.message}`;
  };

  it.each([
    ['no keys', {}, 'PAYLOAD_ENCRYPTION_KEYS is required in production'],
    ['keys only', { PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}` }, 'PAYLOAD_ENCRYPTION_ACTIVE_KEY is required in production'],
    ['both', { PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' }, undefined],
  ])('in production with %s: %s', (_case, env, expected) => {
    expect(firstPayloadRuleBroken({ NODE_ENV: 'production', ...env })).toBe(expected);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ PAYLOAD_ENCRYPTION_KEYS: `k1:${key(16)}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' }, /^Configuration error: PAYLOAD_ENCRYPTION_KEYS has a key that is not 32 bytes after base64 decoding\. See \.env\.example\.$/],
    [{ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()},k1:${key()}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' }, /^Configuration error: PAYLOAD_ENCRYPTION_KEYS lists a key id more than once/],
    [{ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k2' }, /^Configuration error: PAYLOAD_ENCRYPTION_ACTIVE_KEY must be one of the key ids in PAYLOAD_ENCRYPTION_KEYS/],
    [{ PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' }, /^Configuration error: PAYLOAD_ENCRYPTION_KEYS is required when PAYLOAD_ENCRYPTION_ACTIVE_KEY is set/],
  ])('names the variable in one line without printing the keys (%#)', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    for (const [, value] of (env.PAYLOAD_ENCRYPTION_KEYS ?? '').split(',').map((pair) => pair.split(':'))) {
      if (value) expect((error as Error).message).not.toContain(value.slice(0, 8));
    }
  });
});
