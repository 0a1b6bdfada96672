import { Inject, Injectable } from '@nestjs/common';
import { temporal } from '@temporalio/proto';
import { AppConfig, AppConfigToken } from '@libs/config';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import type { EncryptionCodec } from '@libs/temporal/codec/encryption-codec';

const Payload = temporal.api.common.v1.Payload;

/**
 * Customer words kept in PostgreSQL (a review's text) are sealed with the payload keys, exactly as the
 * workflow payloads are: AES-256-GCM under the active key, the key id inside, so a rotation keeps them readable.
 */
@Injectable()
export class CustomerWordsSealer {
  private readonly codec: EncryptionCodec;

  constructor(@Inject(AppConfigToken) config: AppConfig) {
    this.codec = createPayloadCodec(config);
  }

  async seal(text: string): Promise<Buffer> {
    const [sealed] = await this.codec.encode([{ metadata: {}, data: Buffer.from(text, 'utf8') }]);
    return Buffer.from(Payload.encode(sealed).finish());
  }

  async open(sealed: Buffer): Promise<string> {
    const [plain] = await this.codec.decode([Payload.decode(sealed)]);
    return Buffer.from(plain.data ?? new Uint8Array()).toString('utf8');
  }
}
