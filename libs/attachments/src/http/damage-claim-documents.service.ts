import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { missingClaimDocuments, requiredClaimDocuments } from '@libs/domain/attachments/attachment-rules';
import { AttachmentRepository } from '../attachment-repository';
import { mapAttachment } from './attachment.dto';
import { DamageClaimContentDto, DamageClaimDocumentsListDto } from './damage-claim-documents.dto';

interface ClaimRow {
  claim_id: string;
  waybill_no: string;
  kind: 'damaged' | 'lost';
  status: string;
  documents_status: string | null;
  documents_due_at: Date | null;
  claim: (DamageClaimContentDto & { documents?: unknown }) | null;
  filed_at: Date;
}

/** L-2: a return's claims as the courier gets them, with the documents each carries or still needs. */
@Injectable()
export class DamageClaimDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentRepository,
  ) {}

  async ofReturn(returnNo: string): Promise<DamageClaimDocumentsListDto> {
    const rows: ClaimRow[] = await this.dataSource.query(
      `SELECT claim_id, waybill_no, kind, status, documents_status, documents_due_at, claim, filed_at FROM damage_claims WHERE return_no = $1 ORDER BY filed_at, claim_id`,
      [returnNo],
    );
    const files = await this.attachments.list('return', returnNo);
    return {
      items: rows.map((row) => {
        const required: string[] = requiredClaimDocuments(row.kind);
        const documents = files.filter((f) => required.includes(f.kind));
        const { documents: _refs, ...claim } = row.claim ?? {};
        return {
          claimId: row.claim_id,
          waybillNo: row.waybill_no,
          kind: row.kind,
          status: row.status,
          documentsStatus: row.documents_status,
          documentsDueAt: row.documents_due_at ? new Date(row.documents_due_at).toISOString() : null,
          missingDocuments: missingClaimDocuments(row.kind, documents.map((d) => d.kind)),
          documents: documents.map(mapAttachment),
          claim: row.claim ? (claim as DamageClaimContentDto) : null,
          filedAt: new Date(row.filed_at).toISOString(),
        };
      }),
    };
  }
}
