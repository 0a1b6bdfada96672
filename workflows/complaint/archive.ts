import { DB_BATCH, described } from '../shared';
import type { ComplaintRun } from './complaint-run';
import { takesBranch } from './case-shape';

/** C-14: a closed complaint is archived with its handling documents. Old branch: nothing archived. */
export const ARCHIVE_ON_CLOSE_PATCH = 'archive-on-close';

/** C-14: once closed, the case's archive (PDF summary and attachments in one ZIP) is produced and kept. */
export async function archiveClosedComplaint(run: ComplaintRun): Promise<void> {
  if (run.state.status !== 'closed' || !takesBranch(ARCHIVE_ON_CLOSE_PATCH)) return;
  await described(`Archive closed complaint ${run.input.caseNo} (C-14)`, DB_BATCH).archiveClosedComplaint({ state: run.snapshot() });
}
