// Keys for other purposes than encrypting payloads (the blind index of case descriptions, say), derived
// from the payload keys with HKDF-SHA256 and a fixed label per purpose: no other secret to configure,
// one rotation for all, and neither key says anything about the other.
import { hkdfSync } from 'node:crypto';
import type { DataConverter, PayloadCodec } from '@temporalio/common';
import type { PayloadKeyring } from './payload-keys';

const DERIVED_KEY_BYTES = 32;

export interface DerivedKeys {
  /** The key id new data is written under (`PAYLOAD_ENCRYPTION_ACTIVE_KEY`). */
  activeKeyId: string;
  /** Derived from the active payload key: what new data uses. */
  active: Buffer;
  /** Derived from every listed payload key, the active one first: what data written before a rotation used. */
  all: ReadonlyArray<{ keyId: string; key: Buffer }>;
}

/** The keys derived under `label` from each payload key (HKDF-SHA256, no salt, the label as info). */
export function deriveKeys(keyring: PayloadKeyring, label: string): DerivedKeys {
  if (!label) throw new Error('a derived key needs a label naming its purpose');
  const derive = (key: Buffer) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, DERIVED_KEY_BYTES));
  const ids = [keyring.activeKeyId, ...[...keyring.keys.keys()].filter((id) => id !== keyring.activeKeyId)];
  const all = ids.map((keyId) => ({ keyId, key: derive(keyring.keys.get(keyId)!) }));
  return { activeKeyId: keyring.activeKeyId, active: all[0].key, all };
}

/** The keys derived under `label` from the payload codec of a data converter (the one every client and worker shares). */
export function derivedKeysOf(dataConverter: DataConverter | undefined, label: string): DerivedKeys {
  const codec = dataConverter?.payloadCodecs?.find((c): c is PayloadCodec & DerivingCodec => typeof (c as Partial<DerivingCodec>).derivedKeys === 'function');
  if (!codec) throw new Error(`keys for "${label}" are derived from the payload keys: the data converter has no encryption codec`);
  return codec.derivedKeys(label);
}

interface DerivingCodec {
  derivedKeys(label: string): DerivedKeys;
}
