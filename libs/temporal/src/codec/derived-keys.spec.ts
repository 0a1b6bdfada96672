import { hkdfSync, randomBytes } from 'node:crypto';
import { createDataConverter } from './data-converter';
import { deriveKeys, derivedKeysOf } from './derived-keys';
import { EncryptionCodec } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

const key = () => randomBytes(32).toString('base64');

describe('keys derived from the payload keys', () => {
  const k1 = key();
  const k2 = key();
  const before = parsePayloadKeys(`k1:${k1}`, 'k1');
  // After a rotation: k2 is active, k1 still listed.
  const after = parsePayloadKeys(`k1:${k1},k2:${k2}`, 'k2');

  it('are HKDF-SHA256 of the payload key with the label as info: deterministic, 32 bytes, never the payload key', () => {
    const derived = deriveKeys(before, 'search v1');
    expect(derived.active).toEqual(Buffer.from(hkdfSync('sha256', Buffer.from(k1, 'base64'), Buffer.alloc(0), 'search v1', 32)));
    expect(deriveKeys(before, 'search v1').active).toEqual(derived.active);
    expect(derived.active).toHaveLength(32);
    expect(derived.active.equals(Buffer.from(k1, 'base64'))).toBe(false);
    expect(deriveKeys(before, 'another purpose').active.equals(derived.active)).toBe(false);
  });

  it('after a rotation derive new data from the active key and keep the older keys for data written before', () => {
    const derived = deriveKeys(after, 'search v1');
    expect(derived.activeKeyId).toBe('k2');
    expect(derived.all.map((k) => k.keyId)).toEqual(['k2', 'k1']);
    expect(derived.all[0].key).toEqual(derived.active);
    expect(derived.all[1].key).toEqual(deriveKeys(before, 'search v1').active);
  });

  it('come from the codec of the shared data converter, and are refused without one', () => {
    const converter = createDataConverter({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1}`, PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'k1' });
    expect(derivedKeysOf(converter, 'search v1').active).toEqual(new EncryptionCodec(before).derivedKeys('search v1').active);
    expect(() => derivedKeysOf({}, 'search v1')).toThrow(/no encryption codec/);
    expect(() => deriveKeys(before, '')).toThrow(/label/);
  });
});
