import { ApiBodyOptions, ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES, UPLOADABLE_KINDS } from '@libs/domain/attachments/attachment-rules';
import type { AttachmentRecord } from '../attachment-repository';

/** One file on a case: what it is, never where it is stored. */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) attachmentId: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS, example: 'damage_photo' }) kind: string;
  @ApiProperty({ enum: [...ATTACHMENT_TYPES, 'application/zip'], example: 'image/jpeg' }) contentType: string;
  @ApiProperty({ type: 'integer', example: 48213 }) sizeBytes: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ type: String, nullable: true, example: 'IMG_0042.jpg', description: 'The name it was uploaded with; kept encrypted at rest' }) fileName: string | null;
  @ApiProperty({ description: 'The content is a personal document, encrypted at rest with the payload keys' }) encrypted: boolean;
  @ApiProperty({ example: 'AG-001' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class AttachmentCreatedDto extends AttachmentDto {
  @ApiProperty({ description: 'false when the same file of the same kind was already on the case (a retried upload)' }) created: boolean;
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto] }) items: AttachmentDto[];
}

export const mapAttachment = (a: AttachmentRecord): AttachmentDto => ({
  attachmentId: a.attachmentId,
  kind: a.kind,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  fileName: a.fileName,
  encrypted: a.encrypted,
  uploadedBy: a.uploadedBy,
  uploadedAt: a.uploadedAt,
});

/** The multipart form of an upload, as the document describes it. */
export const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['kind', 'file'],
    properties: {
      kind: { type: 'string', enum: [...UPLOADABLE_KINDS], description: 'What the file is (L-2, R-5, C-4)' },
      file: { type: 'string', format: 'binary', description: 'A JPEG, PNG or WebP image or a PDF, checked by its content; at most ATTACHMENT_MAX_BYTES' },
    },
  },
};

const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

/** What a download may be. */
export const DOWNLOAD_CONTENT = Object.fromEntries([...ATTACHMENT_TYPES, 'application/zip'].map((t) => [t, BINARY]));
