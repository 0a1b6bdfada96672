import type { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import { AttachmentRepository } from './attachment-repository';
import { Sealing } from './sealing';
import type { ContentStore } from './stores/content-store';
import { FileContentStore } from './stores/file-content-store';
import { PostgresContentStore } from './stores/postgres-content-store';
import { S3ContentStore } from './stores/s3-content-store';
import { NoVirusScanner, VirusScanner } from './virus-scanner';

export type AttachmentConfig = Pick<
  AppConfig,
  'ATTACHMENT_STORE' | 'ATTACHMENT_DIR' | 'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'PAYLOAD_ENCRYPTION_KEYS' | 'PAYLOAD_ENCRYPTION_ACTIVE_KEY'
>;

/** The store `ATTACHMENT_STORE` names (the configuration has checked that S3 is fully set). */
export function createContentStore(config: AttachmentConfig): ContentStore {
  switch (config.ATTACHMENT_STORE) {
    case 'postgres':
      return new PostgresContentStore();
    case 'files':
      return new FileContentStore(config.ATTACHMENT_DIR);
    case 's3':
      return new S3ContentStore({
        endpoint: config.S3_ENDPOINT!,
        bucket: config.S3_BUCKET!,
        region: config.S3_REGION,
        accessKeyId: config.S3_ACCESS_KEY_ID!,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      });
  }
}

/** The repository over the configured store, sealing with the payload keys; the scanner is the hook point. */
export function createAttachmentRepository(dataSource: DataSource, config: AttachmentConfig, scanner: VirusScanner = new NoVirusScanner()): AttachmentRepository {
  return new AttachmentRepository(dataSource, createContentStore(config), new Sealing(createPayloadCodec(config)), scanner);
}
