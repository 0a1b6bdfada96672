import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { AppConfig, AppConfigToken } from '@libs/config';
import { AttachmentKind, checkUpload } from '@libs/domain/attachments/attachment-rules';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { claimDocumentsChangedSignal } from '@workflows/returns/damage-claim.contract';
import { AttachmentCaseType, AttachmentRecord, AttachmentRepository, sha256 } from '../attachment-repository';
import { MissingContentError } from '../stores/content-store';

export interface UploadedFile {
  buffer: Buffer;
  mimetype?: string;
  originalname?: string;
}

/** Upload, list and download; the controllers have checked that the caller may see the case. */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly attachments: AttachmentRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  async upload(acting: Acting, caseType: AttachmentCaseType, caseNo: string, kind: string | undefined, file: UploadedFile | undefined): Promise<{ record: AttachmentRecord; created: boolean }> {
    if (!file) throw new DomainError(DomainErrorCode.Validation, 'file is required: a multipart part named file', 'file');
    const checked = checkUpload({ kind, declaredType: file.mimetype, bytes: file.buffer, maxBytes: this.config.ATTACHMENT_MAX_BYTES });
    if ('problem' in checked) {
      if (checked.problem.status === 400) throw new DomainError(DomainErrorCode.Validation, checked.problem.message, checked.problem.field);
      throw new UploadRefused(checked.problem.status, checked.problem.message, checked.problem.field);
    }
    // A retried upload (same file, same kind, same case) is the earlier attachment.
    const hash = sha256(file.buffer);
    const earlier = (await this.attachments.list(caseType, caseNo)).find((a) => a.kind === kind && a.sha256 === hash);
    if (earlier) return { record: earlier, created: false };
    const record = await this.attachments.save({ caseType, caseNo, kind: kind as AttachmentKind, contentType: checked.contentType, bytes: file.buffer, fileName: utf8FileName(file.originalname), uploadedBy: acting.principal.actor });
    // The file name may be personal: the audit row and the logs keep the id and kind only.
    await this.audit.record(acting, 'attachment.upload', `${caseType}:${caseNo}`, { attachmentId: record.attachmentId, kind: record.kind, sizeBytes: record.sizeBytes });
    if (caseType === 'return') await this.tellWaitingClaims(caseNo);
    return { record, created: true };
  }

  list(caseType: AttachmentCaseType, caseNo: string): Promise<AttachmentRecord[]> {
    return this.attachments.list(caseType, caseNo);
  }

  async download(acting: Acting, caseType: AttachmentCaseType, caseNo: string, attachmentId: string): Promise<{ record: AttachmentRecord; bytes: Buffer }> {
    const file = await this.attachments.read(caseType, caseNo, attachmentId).catch((error: Error) => {
      // The row is there but its bytes are not (a deleted object, a restore without the files): 404.
      if (error instanceof MissingContentError) throw new DomainError(DomainErrorCode.NotFound, `the content of attachment ${attachmentId} is no longer stored`, 'attachmentId');
      throw error;
    });
    if (file.record.encrypted) await this.audit.record(acting, 'attachment.download', `${caseType}:${caseNo}`, { attachmentId, kind: file.record.kind });
    return file;
  }

  /** L-2: claims of this return waiting for documents look again now rather than at their next check. */
  private async tellWaitingClaims(returnNo: string): Promise<void> {
    const claims: Array<{ claim_id: string }> = await this.dataSource.query(`SELECT claim_id FROM damage_claims WHERE return_no = $1 AND documents_status = 'awaiting'`, [returnNo]);
    for (const { claim_id } of claims) {
      await this.temporal.workflow
        .getHandle(`damage-claim-${claim_id}`)
        .signal(claimDocumentsChangedSignal)
        .catch((error: Error) => this.logger.warn({ claimId: claim_id, error: error.name }, 'claim workflow not told of new documents; it looks again at its next check'));
    }
  }
}

/** 413 or 415 with the field at fault. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/**
 * Multipart file names arrive as UTF-8 bytes that the form parser reads as Latin-1 (its default for
 * header parameters): 质检报告.pdf would be stored as mojibake. Read back as UTF-8 when they are that.
 */
export function utf8FileName(name: string | undefined): string | undefined {
  if (!name || /[^\u0000-\u00ff]/.test(name)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}
