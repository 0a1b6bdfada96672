import { Client, isGrpcDeadlineError } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { caseViewSeal } from '@libs/read-model/case-view-seal';
import type { Queryable } from '@libs/read-model/write-case-state';
import type { CaseKind } from '@libs/temporal/conventions';
import { toDomainError, WorkflowSubject } from '@libs/temporal/workflow-errors';

/** How long an explicit live read (`?live=true`) waits for the workflow before answering 503. */
export const LIVE_READ_TIMEOUT_MS = 3000;

/** Where a case view was read: the read model at its recorded version, or the workflow's live query. */
export const CASE_VIEW_SOURCES = ['read_model', 'workflow'] as const;
export type CaseViewSource = (typeof CASE_VIEW_SOURCES)[number];

export interface CaseViewRead<T> {
  view: T;
  /** The state version the view is at (sent as the `ETag`). */
  version: number;
  readFrom: CaseViewSource;
}

export interface CaseViewLookup<T> {
  kind: CaseKind;
  caseNo: string;
  workflowId: string;
  query: QueryDefinition<T>;
  /** How errors name the case (`complaint` CP-… in field `caseNo`). */
  subject: WorkflowSubject;
  /** `?live=true`: ask the workflow itself, within {@link LIVE_READ_TIMEOUT_MS}. */
  live: boolean;
}

/**
 * Reads a case without waiting behind the worker: the view the workflow stored with its last recorded
 * version (one row read, opened with the payload keys). Only an explicit live read, or a case whose
 * row holds no view yet (a request its workflow has not recorded, a row from before views were
 * stored), asks the workflow, and that within a short deadline: a worker that cannot answer in time
 * is a clear 503, never a request hanging behind its backlog.
 */
export async function readCaseView<T extends { stateVersion: number }>(db: Queryable, temporal: Client, lookup: CaseViewLookup<T>): Promise<CaseViewRead<T>> {
  if (!lookup.live) {
    const [row]: Array<{ state_version: number; case_view: Buffer | null }> = await db.query(
      `SELECT state_version, case_view FROM case_records WHERE case_no = $1 AND kind = $2`,
      [lookup.caseNo, lookup.kind],
    );
    if (row?.case_view) {
      const view = await caseViewSeal(temporal.options.dataConverter).open<T>(row.case_view);
      return { view, version: row.state_version, readFrom: 'read_model' };
    }
  }
  const view = await liveView(temporal, lookup);
  return { view, version: view.stateVersion, readFrom: 'workflow' };
}

async function liveView<T>(temporal: Client, lookup: CaseViewLookup<T>): Promise<T> {
  const { subject } = lookup;
  try {
    return await temporal.withDeadline(Date.now() + LIVE_READ_TIMEOUT_MS, () => temporal.workflow.getHandle(lookup.workflowId).query(lookup.query));
  } catch (error) {
    if (isGrpcDeadlineError(error)) {
      throw new DomainError(
        DomainErrorCode.Unavailable,
        `${subject.kind} ${subject.id}: its workflow did not answer within ${LIVE_READ_TIMEOUT_MS / 1000} s (the worker is busy or down); read it without live=true for its last recorded state`,
      );
    }
    throw toDomainError(error, subject);
  }
}
