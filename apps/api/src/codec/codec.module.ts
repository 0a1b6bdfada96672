import { Module } from '@nestjs/common';
import { AppConfig, AppConfigToken } from '@libs/config';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import { EncryptionCodec } from '@libs/temporal/codec/encryption-codec';
import { CodecController } from './codec.controller';

/** `POST /codec/encode` and `/codec/decode` with the same keys as the worker and the API's client. */
@Module({
  controllers: [CodecController],
  providers: [{ provide: EncryptionCodec, inject: [AppConfigToken], useFactory: (config: AppConfig) => createPayloadCodec(config) }],
})
export class CodecModule {}
