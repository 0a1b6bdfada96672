import { randomBytes } from 'node:crypto';
import { EncryptionCodec } from '@libs/temporal/codec/encryption-codec';
import { Sealing } from './sealing';

describe('sealing personal documents with the payload keys', () => {
  const old = randomBytes(32);
  const codec = (active: string) => new EncryptionCodec({ activeKeyId: active, keys: new Map([['k1', old], ['k2', randomBytes(32)]]) });

  it('encrypts under the active key id and opens again, also after the active key changed', async () => {
    const clear = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const sealed = await new Sealing(codec('k1')).seal(clear);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.data.includes(clear)).toBe(false);
    expect((await new Sealing(codec('k2')).open(sealed)).equals(clear)).toBe(true);
  });

  it('refuses altered bytes', async () => {
    const sealed = await new Sealing(codec('k1')).seal(Buffer.from('id copy'));
    sealed.data[sealed.data.length - 1] ^= 1;
    await expect(new Sealing(codec('k1')).open(sealed)).rejects.toThrow('failed authentication');
  });
});
