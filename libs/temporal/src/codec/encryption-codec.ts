import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadKeyring } from './payload-keys';
import { DerivedKeys, deriveKeys } from './derived-keys';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA_KEY = 'encryption-key-id';

const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A payload this codec cannot decrypt: unknown key, altered bytes or missing metadata. */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/**
 * Encrypts every payload with AES-256-GCM under the active key. The whole inner payload is encrypted,
 * its metadata included, so the server sees only the key id and `binary/encrypted`. The stored data is
 * iv (12 bytes) + ciphertext + tag (16 bytes), the layout of Temporal's encryption samples.
 * Decoding picks the key by the id the payload carries, so older keys keep working after a rotation.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly activeKey: Buffer;

  constructor(private readonly keyring: PayloadKeyring) {
    const key = keyring.keys.get(keyring.activeKeyId);
    if (!key) throw new Error(`The active payload key "${keyring.activeKeyId}" is not in the keyring`);
    this.activeKey = key;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => ({
      metadata: {
        [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
        [KEY_ID_METADATA_KEY]: Buffer.from(this.keyring.activeKeyId),
      },
      data: encrypt(temporal.api.common.v1.Payload.encode(payload).finish(), this.activeKey),
    }));
  }

  /**
   * Keys for another purpose (a search index, say), derived from the payload keys under a label: they
   * rotate with them, and the payload keys themselves never leave the codec.
   */
  derivedKeys(label: string): DerivedKeys {
    return deriveKeys(this.keyring, label);
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decodeOne(payload));
  }

  private decodeOne(payload: Payload): Payload {
    // Payloads written before encryption was turned on stay readable.
    if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
    const keyId = text(payload.metadata?.[KEY_ID_METADATA_KEY]);
    if (!keyId) throw new PayloadDecryptionError(`Encrypted payload has no ${KEY_ID_METADATA_KEY} metadata`);
    const key = this.keyring.keys.get(keyId);
    if (!key) {
      throw new PayloadDecryptionError(
        `Payload was encrypted with key id "${keyId}", which is not in PAYLOAD_ENCRYPTION_KEYS (known: ${[...this.keyring.keys.keys()].join(', ')})`,
      );
    }
    return temporal.api.common.v1.Payload.decode(decrypt(payload.data ?? new Uint8Array(), key, keyId));
  }
}

function encrypt(plain: Uint8Array, key: Buffer): Buffer {
  // A fresh IV per payload: GCM must never reuse an IV under the same key.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
}

function decrypt(data: Uint8Array, key: Buffer, keyId: string): Buffer {
  const bytes = Buffer.from(data);
  if (bytes.length < IV_BYTES + TAG_BYTES) {
    throw new PayloadDecryptionError(`Encrypted payload (key id "${keyId}") is too short to hold an IV and a tag`);
  }
  const decipher = createDecipheriv(CIPHER, key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PayloadDecryptionError(`Payload encrypted with key id "${keyId}" failed authentication: it was altered or the key is not the one it was encrypted with`);
  }
}

function text(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}
