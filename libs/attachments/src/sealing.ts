import { METADATA_ENCODING_KEY } from '@temporalio/common';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA_KEY } from '@libs/temporal/codec/encryption-codec';

export interface Sealed {
  keyId: string;
  data: Buffer;
}

/**
 * Personal documents and file names at rest, encrypted with the payload keys (AES-256-GCM, the key id
 * kept beside the bytes) by the same codec that encrypts Temporal payloads, so one key rotation covers both.
 */
export class Sealing {
  constructor(private readonly codec: EncryptionCodec) {}

  async seal(bytes: Buffer): Promise<Sealed> {
    const [payload] = await this.codec.encode([{ metadata: {}, data: bytes }]);
    return { keyId: Buffer.from(payload.metadata![KEY_ID_METADATA_KEY]).toString('utf8'), data: Buffer.from(payload.data!) };
  }

  async open(sealed: Sealed): Promise<Buffer> {
    const [payload] = await this.codec.decode([
      { metadata: { [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING), [KEY_ID_METADATA_KEY]: Buffer.from(sealed.keyId) }, data: sealed.data },
    ]);
    return Buffer.from(payload.data ?? new Uint8Array());
  }
}
