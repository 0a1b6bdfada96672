import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, Payload } from '@temporalio/common';
import { EncryptionCodec, PayloadDecryptionError } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

const key = () => randomBytes(32).toString('base64');
const text = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString('utf8');

describe('EncryptionCodec', () => {
  const k2026a = key();
  const k2026b = key();
  const before = new EncryptionCodec(parsePayloadKeys(`2026-01:${k2026a}`, '2026-01'));
  // After a rotation: the new key is active, the old one stays listed for existing history.
  const after = new EncryptionCodec(parsePayloadKeys(`2026-01:${k2026a},2026-07:${k2026b}`, '2026-07'));

  const customer = { name: '张伟', phone: '13912345678', address: '浙江省杭州市西湖区文三路 90 号', idNumber: '330106199001011234' };
  const plain = (value: unknown = customer): Payload => defaultPayloadConverter.toPayload(value);

  it('round-trips payloads, metadata included', async () => {
    const original = [plain(), plain('a string'), defaultPayloadConverter.toPayload(undefined)];
    const decoded = await before.decode(await before.encode(original));
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([customer, 'a string', undefined]);
    expect(decoded.map((p) => text(p.metadata?.encoding))).toEqual(['json/plain', 'json/plain', 'binary/null']);
    expect(await before.encode([])).toEqual([]);
  });

  it('stores only ciphertext, with the encoding and the key id as the sole metadata', async () => {
    const [encoded] = await before.encode([plain()]);
    const bytes = Buffer.from(encoded.data!);
    for (const value of [...Object.values(customer), 'json/plain', 'phone']) {
      expect(bytes.includes(Buffer.from(value))).toBe(false);
    }
    expect(Object.keys(encoded.metadata!).sort()).toEqual(['encoding', 'encryption-key-id']);
    expect(text(encoded.metadata!.encoding)).toBe('binary/encrypted');
    expect(text(encoded.metadata!['encryption-key-id'])).toBe('2026-01');
  });

  it('uses a fresh IV for every payload', async () => {
    const [a, b] = await before.encode([plain(), plain()]);
    expect(Buffer.from(a.data!).subarray(0, 12)).not.toEqual(Buffer.from(b.data!).subarray(0, 12));
    expect(Buffer.from(a.data!)).not.toEqual(Buffer.from(b.data!));
  });

  it('keeps decrypting payloads of the old key after a rotation and encrypts new ones with the new key', async () => {
    const [old] = await before.encode([plain()]);
    expect(defaultPayloadConverter.fromPayload((await after.decode([old]))[0])).toEqual(customer);

    const [fresh] = await after.encode([plain()]);
    expect(text(fresh.metadata!['encryption-key-id'])).toBe('2026-07');
    expect(defaultPayloadConverter.fromPayload((await after.decode([fresh]))[0])).toEqual(customer);
  });

  it('refuses a payload whose key id is unknown, naming the key id', async () => {
    const [fresh] = await after.encode([plain()]);
    await expect(before.decode([fresh])).rejects.toThrow(PayloadDecryptionError);
    await expect(before.decode([fresh])).rejects.toThrow(/key id "2026-07", which is not in PAYLOAD_ENCRYPTION_KEYS \(known: 2026-01\)/);
  });

  it('refuses altered ciphertext, IV or tag (GCM authentication)', async () => {
    const [encoded] = await before.encode([plain()]);
    const length = encoded.data!.length;
    for (const position of [0, 20, length - 1]) {
      const data = Buffer.from(encoded.data!);
      data[position] ^= 0x01;
      await expect(before.decode([{ ...encoded, data }])).rejects.toThrow(/key id "2026-01" failed authentication/);
    }
    await expect(before.decode([{ ...encoded, data: Buffer.from(encoded.data!).subarray(0, 20) }])).rejects.toThrow(/too short/);
  });

  it('refuses the same key id with another key', async () => {
    const impostor = new EncryptionCodec(parsePayloadKeys(`2026-01:${key()}`, '2026-01'));
    const [encoded] = await before.encode([plain()]);
    await expect(impostor.decode([encoded])).rejects.toThrow(/failed authentication/);
  });

  it('refuses an encrypted payload without a key id', async () => {
    const [encoded] = await before.encode([plain()]);
    const { ['encryption-key-id']: _dropped, ...metadata } = encoded.metadata!;
    await expect(before.decode([{ ...encoded, metadata }])).rejects.toThrow(/no encryption-key-id metadata/);
  });

  it('passes payloads that are not encrypted through untouched', async () => {
    const unencrypted = plain();
    const [decoded] = await before.decode([unencrypted]);
    expect(decoded).toBe(unencrypted);
  });
});
