import type { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import type { DamageClaimRequest } from '@libs/departments/ports/courier.port';
import { missingClaimDocuments, requiredClaimDocuments } from '@libs/domain/attachments/attachment-rules';
import type { ClaimDocumentRef, ClaimDocuments } from '../../workflows/returns/damage-claim.contract';

/** The claim input's stand-in for a return parcel's destination before the region was looked up. */
const WAREHOUSE_PLACEHOLDER = 'warehouse';

/** L-2: the documents a damage claim collects from its return's attachments, and what it keeps on the register. */
export function createClaimDocumentActivities(dataSource: DataSource, config: Pick<AppConfig, 'DAMAGE_CLAIM_DOCUMENTS_SECONDS' | 'RETURN_WAREHOUSE_REGION'>) {
  return {
    /**
     * L-2: the required documents attached to the return so far (by reference), what is still missing,
     * the parcel's real destination region and the deadline (fixed the first time). The claim as it
     * stands is kept on the register row, readable through `GET /returns/:returnNo/damage-claim`.
     */
    async collectClaimDocuments(request: { claim: DamageClaimRequest }): Promise<ClaimDocuments> {
      const { claim } = request;
      const required = requiredClaimDocuments(claim.kind);
      const rows: Array<{ id: string; kind: ClaimDocumentRef['kind']; content_type: string; size_bytes: number; sha256: string }> = await dataSource.query(
        `SELECT id, kind, content_type, size_bytes, sha256 FROM attachments WHERE case_type = 'return' AND case_no = $1 AND kind = ANY($2) ORDER BY uploaded_at, id`,
        [claim.caseNo, required],
      );
      const documents = rows.map((r) => ({ attachmentId: r.id, kind: r.kind, contentType: r.content_type, sizeBytes: r.size_bytes, sha256: r.sha256 }));
      const missing = missingClaimDocuments(claim.kind, documents.map((d) => d.kind));
      const destinationRegion = claim.destinationRegion === WAREHOUSE_PLACEHOLDER ? config.RETURN_WAREHOUSE_REGION : claim.destinationRegion;
      const content = { ...claim, destinationRegion, photoRefs: documents.filter((d) => d.kind === 'damage_photo').map((d) => d.attachmentId), documents };
      // An UPDATE answers [rows, count] through TypeORM.
      const [updated]: [Array<{ documents_due_at: Date }>, number] = await dataSource.query(
        `UPDATE damage_claims SET claim = $2, documents_status = $3,
           documents_due_at = COALESCE(documents_due_at, now() + make_interval(secs => $4))
         WHERE claim_id = $1 RETURNING documents_due_at`,
        [claim.claimId, JSON.stringify(content), missing.length ? 'awaiting' : 'complete', config.DAMAGE_CLAIM_DOCUMENTS_SECONDS],
      );
      if (!updated[0]) throw new Error(`claim ${claim.claimId} is not on the damage register`);
      return { documents, missing, destinationRegion, dueAt: new Date(updated[0].documents_due_at).toISOString() };
    },

    /** L-2: the deadline passed without the documents: the register says so; the claim was not sent. */
    async markClaimDocumentsMissing(request: { claimId: string; missing: string[] }): Promise<void> {
      await dataSource.query(`UPDATE damage_claims SET documents_status = 'missing' WHERE claim_id = $1`, [request.claimId]);
    },
  };
}
