import type { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { buildComplaintArchive } from '@libs/attachments/archive/complaint-archive';
import { createAttachmentRepository } from '@libs/attachments/create-attachments';
import type { ComplaintState } from '../../workflows/complaint/complaint.contract';

/** C-14: the archive of a closed complaint, kept as its `case_archive` attachment. */
export function createCaseArchiveActivities(dataSource: DataSource, config: AppConfig) {
  let repository: ReturnType<typeof createAttachmentRepository> | undefined;
  const attachments = () => (repository ??= createAttachmentRepository(dataSource, config));
  return {
    /**
     * C-14: one ZIP with the PDF summary (timeline, department report, remedy) and every attachment,
     * produced once: a retry, or a second run after the first succeeded, finds the archive and keeps it.
     */
    async archiveClosedComplaint(request: { state: ComplaintState }): Promise<{ attachmentId: string; created: boolean }> {
      const { caseNo } = request.state;
      const existing = await attachments().find('complaint', caseNo, 'case_archive');
      if (existing) return { attachmentId: existing.attachmentId, created: false };
      const files = await attachments().list('complaint', caseNo);
      const contents = await Promise.all(files.map((f) => attachments().read('complaint', caseNo, f.attachmentId)));
      const zip = await buildComplaintArchive(request.state, contents, new Date());
      try {
        const saved = await attachments().save({ caseType: 'complaint', caseNo, kind: 'case_archive', contentType: 'application/zip', bytes: zip, uploadedBy: 'system' });
        return { attachmentId: saved.attachmentId, created: true };
      } catch (error) {
        // Another attempt stored it meanwhile (one archive per case, enforced by a unique index).
        const stored = await attachments().find('complaint', caseNo, 'case_archive');
        if (stored) return { attachmentId: stored.attachmentId, created: false };
        throw error;
      }
    },
  };
}
