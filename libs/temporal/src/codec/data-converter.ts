import type { DataConverter } from '@temporalio/common';
import type { AppConfig } from '@libs/config';
import { EncryptionCodec } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

export type PayloadEncryptionConfig = Pick<AppConfig, 'PAYLOAD_ENCRYPTION_KEYS' | 'PAYLOAD_ENCRYPTION_ACTIVE_KEY'>;

/**
 * The payload codec from the configured keys. Outside production the configuration allows the keys to
 * be unset (tools such as migrations never touch payloads); anything that reads or writes payloads
 * refuses to start without them rather than writing customer data in clear.
 */
export function createPayloadCodec(config: PayloadEncryptionConfig): EncryptionCodec {
  if (!config.PAYLOAD_ENCRYPTION_KEYS && !config.PAYLOAD_ENCRYPTION_ACTIVE_KEY) {
    throw new Error(
      'Payload encryption keys are not configured: set PAYLOAD_ENCRYPTION_KEYS and PAYLOAD_ENCRYPTION_ACTIVE_KEY (see .env.example); `npm start` and `npm test` provide development keys',
    );
  }
  return new EncryptionCodec(parsePayloadKeys(config.PAYLOAD_ENCRYPTION_KEYS, config.PAYLOAD_ENCRYPTION_ACTIVE_KEY));
}

/** The module whose `failureConverter` encodes failure messages and stack traces (see failure-converter.ts). */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/**
 * The data converter of every worker and client: all must share it to read each other's payloads.
 * Failure messages and stack traces go through the codec too.
 */
export function createDataConverter(config: PayloadEncryptionConfig): DataConverter {
  return { payloadCodecs: [createPayloadCodec(config)], failureConverterPath: FAILURE_CONVERTER_PATH };
}
