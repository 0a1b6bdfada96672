import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AttachmentKind, PERSONAL_KINDS } from '@libs/domain/attachments/attachment-rules';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import type { Sealing } from './sealing';
import type { ContentStore } from './stores/content-store';
import type { VirusScanner } from './virus-scanner';

export type AttachmentCaseType = 'complaint' | 'return';

export interface AttachmentRecord {
  attachmentId: string;
  caseType: AttachmentCaseType;
  caseNo: string;
  kind: AttachmentKind;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string | null;
  encrypted: boolean;
  uploadedBy: string;
  uploadedAt: string;
}

export interface NewAttachment {
  caseType: AttachmentCaseType;
  caseNo: string;
  kind: AttachmentKind;
  contentType: string;
  bytes: Buffer;
  fileName?: string;
  uploadedBy: string;
}

interface Row {
  id: string;
  case_type: AttachmentCaseType;
  case_no: string;
  kind: AttachmentKind;
  content_type: string;
  size_bytes: number;
  sha256: string;
  store: string;
  storage_key: string;
  content_encrypted: boolean;
  key_id: string | null;
  file_name_sealed: Buffer | null;
  uploaded_by: string;
  uploaded_at: Date;
}

/**
 * Case attachments: rows in `attachments`, bytes in the configured store. Personal kinds (ID copies)
 * are sealed with the payload keys before they reach any store; file names always are. Used by the
 * API and by activities alike, so it is plain, with its dependencies given.
 */
export class AttachmentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ContentStore,
    private readonly sealing: Sealing,
    private readonly scanner: VirusScanner,
  ) {}

  async save(file: NewAttachment): Promise<AttachmentRecord> {
    const scan = await this.scanner.scan({ bytes: file.bytes, contentType: file.contentType });
    if (scan.verdict !== 'clean') throw new DomainError(DomainErrorCode.Validation, `file was refused by the virus scanner (${scan.signature})`, 'file');
    const id = randomUUID();
    const personal = PERSONAL_KINDS.includes(file.kind);
    const content = personal ? await this.sealing.seal(file.bytes) : undefined;
    const name = file.fileName ? await this.sealing.seal(Buffer.from(file.fileName, 'utf8')) : undefined;
    const inserted = await this.dataSource.transaction(async (tx) => {
      const rows: Row[] = await tx.query(
        `INSERT INTO attachments (id, case_type, case_no, kind, content_type, size_bytes, sha256, store, storage_key, content_encrypted, key_id, file_name_sealed, uploaded_by)
         VALUES ($1::uuid,$2,$3,$4,$5,$6,$7,$8,$1::text,$9,$10,$11,$12)
         ON CONFLICT DO NOTHING RETURNING *`,
        [id, file.caseType, file.caseNo, file.kind, file.contentType, file.bytes.length, sha256(file.bytes), this.store.name, personal, content?.keyId ?? name?.keyId ?? null, name?.data ?? null, file.uploadedBy],
      );
      if (rows[0]) await this.store.put(id, content?.data ?? file.bytes, tx);
      return rows[0];
    });
    if (!inserted) throw new DomainError(DomainErrorCode.Conflict, `${file.caseType} ${file.caseNo} already has its ${file.kind}`);
    return this.toRecord(inserted);
  }

  async list(caseType: AttachmentCaseType, caseNo: string): Promise<AttachmentRecord[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM attachments WHERE case_type = $1 AND case_no = $2 ORDER BY uploaded_at, id`, [caseType, caseNo]);
    return Promise.all(rows.map((row) => this.toRecord(row)));
  }

  async find(caseType: AttachmentCaseType, caseNo: string, kind: AttachmentKind): Promise<AttachmentRecord | undefined> {
    return (await this.list(caseType, caseNo)).find((a) => a.kind === kind);
  }

  /** The record and its bytes (opened when sealed); 404 naming the field when the case has no such attachment. */
  async read(caseType: AttachmentCaseType, caseNo: string, attachmentId: string): Promise<{ record: AttachmentRecord; bytes: Buffer }> {
    const rows: Row[] = /^[0-9a-f-]{36}$/i.test(attachmentId)
      ? await this.dataSource.query(`SELECT * FROM attachments WHERE id = $1 AND case_type = $2 AND case_no = $3`, [attachmentId, caseType, caseNo])
      : [];
    if (!rows[0]) throw new DomainError(DomainErrorCode.NotFound, `${caseType} ${caseNo} has no attachment ${attachmentId}`, 'attachmentId');
    const row = rows[0];
    const stored = await this.store.get(row.storage_key, this.dataSource.manager);
    const bytes = row.content_encrypted ? await this.sealing.open({ keyId: row.key_id!, data: stored }) : stored;
    return { record: await this.toRecord(row), bytes };
  }

  private async toRecord(row: Row): Promise<AttachmentRecord> {
    const fileName = row.file_name_sealed && row.key_id ? (await this.sealing.open({ keyId: row.key_id, data: row.file_name_sealed })).toString('utf8') : null;
    return {
      attachmentId: row.id,
      caseType: row.case_type,
      caseNo: row.case_no,
      kind: row.kind,
      contentType: row.content_type,
      sizeBytes: row.size_bytes,
      sha256: row.sha256,
      fileName,
      encrypted: row.content_encrypted,
      uploadedBy: row.uploaded_by,
      uploadedAt: new Date(row.uploaded_at).toISOString(),
    };
  }
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
