import { randomBytes } from 'node:crypto';
import { DomainError } from '@libs/domain/errors/domain-error';
import { decodePayloadsJson, encodePayloadsJson } from './codec-server';
import { EncryptionCodec } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

const b64 = (value: string) => Buffer.from(value).toString('base64');
const codec = new EncryptionCodec(parsePayloadKeys(`k1:${randomBytes(32).toString('base64')}`, 'k1'));

// A payload as the Temporal UI sends it.
const uiPayload = { metadata: { encoding: b64('json/plain') }, data: b64('{"phone":"13912345678"}') };

describe('codec server handlers', () => {
  it('encodes and decodes the JSON format of the Temporal UI', async () => {
    const encoded = await encodePayloadsJson({ payloads: [uiPayload] }, codec);
    expect(encoded.payloads).toHaveLength(1);
    expect(encoded.payloads[0].metadata).toEqual({ encoding: b64('binary/encrypted'), 'encryption-key-id': b64('k1') });
    expect(Buffer.from(encoded.payloads[0].data, 'base64').includes('13912345678')).toBe(false);

    const decoded = await decodePayloadsJson(encoded, codec);
    expect(decoded).toEqual({ payloads: [uiPayload] });
  });

  it('answers `{}` (no payloads, as the Temporal CLI sends for a query without arguments) with an empty list', async () => {
    await expect(decodePayloadsJson({}, codec)).resolves.toEqual({ payloads: [] });
    await expect(encodePayloadsJson({}, codec)).resolves.toEqual({ payloads: [] });
  });

  it('accepts payloads without data or metadata and URL-safe base64', async () => {
    const encoded = await encodePayloadsJson({ payloads: [{ metadata: { encoding: b64('binary/null') } }, {}] }, codec);
    const decoded = await decodePayloadsJson(encoded, codec);
    expect(decoded.payloads).toEqual([{ metadata: { encoding: b64('binary/null') }, data: '' }, { metadata: {}, data: '' }]);

    const urlSafe = { metadata: { encoding: b64('json/plain') }, data: Buffer.from([0xfb, 0xff]).toString('base64url') };
    const [payload] = (await decodePayloadsJson({ payloads: [urlSafe] }, codec)).payloads;
    expect(Buffer.from(payload.data, 'base64')).toEqual(Buffer.from([0xfb, 0xff]));
  });

  it.each([
    ['no body', undefined, 'payloads', /"payloads" array/],
    ['an array', [uiPayload], 'payloads', /"payloads" array/],
    ['payloads that are not an array', { payloads: uiPayload }, 'payloads', /payloads must be an array/],
    ['an unknown field instead of payloads', { nothing: true }, 'nothing', /property nothing should not exist/],
    ['a payload that is not an object', { payloads: ['abc'] }, 'payloads[0]', /payloads\[0\] must be an object/],
    ['metadata that is not an object', { payloads: [{ metadata: 'x' }] }, 'payloads[0].metadata', /must be an object of base64 strings/],
    ['a metadata value that is not base64', { payloads: [uiPayload, { metadata: { encoding: 'json plain' } }] }, 'payloads[1].metadata.encoding', /must be a base64 string/],
    ['data that is a number', { payloads: [{ data: 42 }] }, 'payloads[0].data', /must be a base64 string/],
    ['data of impossible length', { payloads: [{ data: 'abcde' }] }, 'payloads[0].data', /must be a base64 string/],
  ])('refuses %s with a validation error naming the field', async (_case, body, field, message) => {
    for (const handler of [encodePayloadsJson, decodePayloadsJson]) {
      const error = await handler(body, codec).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('reports a payload it cannot decrypt as a validation error naming the key id', async () => {
    const other = new EncryptionCodec(parsePayloadKeys(`k9:${randomBytes(32).toString('base64')}`, 'k9'));
    const encoded = await encodePayloadsJson({ payloads: [uiPayload] }, other);
    const error = await decodePayloadsJson(encoded, codec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as Error).message).toMatch(/key id "k9"/);
  });
});
