import { Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Acting, AuditService } from '@libs/audit';
import { allocateCaseNumber, callerScope, claimIdempotencyKey, CustomerEntity, findIdempotentResult, requestHash, StatementParameters } from '@libs/database';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { CaseKind, workflowIdFor } from '@libs/temporal/conventions';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { caseViewSeal } from '@libs/read-model/case-view-seal';
import { descriptionIndex } from '@libs/read-model/description-index';
import { caseStateUpsert, sealedViewOf } from '@libs/read-model/write-case-state';

/** What every intake needs from its surroundings. */
export interface CaseIntakeDeps {
  dataSource: DataSource;
  temporal: Client;
  taskQueue: string;
  audit: Pick<AuditService, 'recordIn'>;
}

/** One case type's part of an intake; `openCase` does the rest the same way for every type. */
export interface CaseOpening<Input extends { customerNo: string; customerTier: string }> {
  kind: CaseKind;
  workflowType: string;
  /** The request as received: its hash tells a retry from a reuse of the key with another body. */
  body: unknown;
  idempotencyScope: string;
  idempotencyKey?: string;
  customerNo: string;
  /** The case type's own checks, after the retry check and the customer look-up, before numbering. */
  check?: (customer: CustomerEntity, manager: EntityManager) => Promise<void> | void;
  input: (caseNo: string, customer: CustomerEntity) => Input;
  /** The read-model row as the intake opens it (the case type's builder with no state yet), at `openedAt`. */
  record: (input: Input, openedAt: Date) => CaseStateRecord;
  /** The case's free-text description, when the list searches it: the row stores its keyed tokens, never the text. */
  description?: (input: Input) => string;
  audit: (input: Input) => { action: string; details: Record<string, unknown> };
  status: string;
  /** Extra search attributes beyond type, status and customer. */
  searchAttributes?: SearchAttributePair[];
  /** Shown in the Temporal UI, not encrypted: ids, types and amounts only, never names, phones or addresses. */
  summary: (input: Input) => string;
  details: (input: Input) => string[];
  logLine: (input: Input) => string;
  /** The logger context the intake's lines have always carried. */
  logContext: string;
}

export interface OpenedCase {
  /** The case number (complaint CP-…, return RT-…, plan FU-…). */
  id: string;
  created: boolean;
}

/**
 * Opens a case: the retry check, the customer file, the case type's checks, a case number, then in one
 * transaction the read-model row, the idempotency record and the audit row (one statement), with the
 * workflow started last, so that if Temporal refuses the transaction rolls back and nothing is
 * half-written. A retry with the same `Idempotency-Key` (scoped to the caller) returns the same case.
 */
export async function openCase<Input extends { customerNo: string; customerTier: string }>(deps: CaseIntakeDeps, acting: Acting, opening: CaseOpening<Input>): Promise<OpenedCase> {
  const { dataSource } = deps;
  const hash = requestHash(opening.body);
  const scope = callerScope(opening.idempotencyScope, acting);
  const key = opening.idempotencyKey;
  // Checks and numbering before the transaction: the day's counter row is then locked for one
  // statement, not for the whole intake (which waits for Temporal), and a transaction never needs a
  // second connection. A number whose intake then fails, or loses a race on its key, is skipped.
  if (key) {
    // Before the other checks: a retry is answered even once a time window (R-9) has closed.
    const earlier = await findIdempotentResult(dataSource.manager, scope, key, hash);
    if (earlier) return { id: earlier, created: false };
  }
  const customer = await dataSource.manager.findOne(CustomerEntity, { where: { customerNo: opening.customerNo } });
  if (!customer) throw new DomainError(DomainErrorCode.Validation, `customerNo ${opening.customerNo} matches no customer file`, 'customerNo');
  await opening.check?.(customer, dataSource.manager);
  const caseNo = await allocateCaseNumber(dataSource.manager, CASE_NUMBER_PREFIX[opening.kind], new Date(), BUSINESS_TIME_ZONE);
  const input = opening.input(caseNo, customer);
  try {
    return await dataSource.transaction(async (tx) => {
      if (!(await recordOpening(tx, deps, acting, opening, caseNo, input, key ? { scope, key, hash } : undefined))) {
        // A concurrent request with the same key committed first: answer its case, roll back ours.
        throw new KeyClaimedMeanwhile(await findIdempotentResult(tx, scope, key!, hash));
      }
      await startWorkflow(deps, opening, caseNo, input);
      Logger.log(opening.logLine(input), opening.logContext);
      return { id: caseNo, created: true };
    });
  } catch (error) {
    if (!(error instanceof KeyClaimedMeanwhile)) throw error;
    if (!error.caseNo) throw new DomainError(DomainErrorCode.Conflict, 'a concurrent request with this Idempotency-Key did not finish; send the request again', 'Idempotency-Key');
    return { id: error.caseNo, created: false };
  }
}

/** Rolls back an intake whose key a concurrent request claimed first. */
class KeyClaimedMeanwhile extends Error {
  constructor(readonly caseNo: string | undefined) {
    super('the Idempotency-Key was claimed by a concurrent request');
  }
}

/**
 * Writes the read-model row, the idempotency record (when the request has a key) and the audit row in
 * one statement: one round trip to PostgreSQL instead of one per row. Returns false, having written
 * rows the caller must roll back, when a concurrent request with the same key claimed it first.
 */
async function recordOpening<Input extends { customerNo: string; customerTier: string }>(
  tx: EntityManager,
  deps: CaseIntakeDeps,
  acting: Acting,
  opening: CaseOpening<Input>,
  caseNo: string,
  input: Input,
  claim?: { scope: string; key: string; hash: string },
): Promise<boolean> {
  const record = openingRecord(deps, opening, input);
  const sealedView = await sealedViewOf(record, caseViewSeal(deps.temporal.options.dataConverter));
  const audit = opening.audit(input);
  const params = new StatementParameters();
  const parts = [
    ...(claim ? [`claimed AS (${claimIdempotencyKey(params, claim.scope, claim.key, claim.hash, caseNo)})`] : []),
    `opened AS (${caseStateUpsert(record, sealedView, 'newer', params)})`,
    `audited AS (${deps.audit.recordIn(params, acting, audit.action, `${auditKind(opening.kind)}:${caseNo}`, audit.details)})`,
  ];
  const rows: Array<{ claimed: number }> = await tx.query(`WITH ${parts.join(',\n')}\nSELECT ${claim ? '(SELECT count(*) FROM claimed)' : '1'}::int AS claimed`, params.values);
  return rows[0].claimed > 0;
}

/** The row as the intake opens it, with the description's blind index when the case type has one. */
function openingRecord<Input extends { customerNo: string; customerTier: string }>(deps: CaseIntakeDeps, opening: CaseOpening<Input>, input: Input): CaseStateRecord {
  const record = opening.record(input, new Date());
  if (!opening.description) return record;
  return { ...record, descriptionTokens: descriptionIndex(deps.temporal.options.dataConverter).tokens(opening.description(input)) };
}

async function startWorkflow<Input extends { customerNo: string; customerTier: string }>(deps: CaseIntakeDeps, opening: CaseOpening<Input>, caseNo: string, input: Input): Promise<void> {
  try {
    await deps.temporal.workflow.start(opening.workflowType, {
      taskQueue: deps.taskQueue,
      workflowId: workflowIdFor[opening.kind](caseNo),
      args: [input],
      typedSearchAttributes: [...newCaseSearchAttributes(opening.kind, opening.status, input), ...(opening.searchAttributes ?? [])],
      staticSummary: opening.summary(input),
      staticDetails: opening.details(input).join('  \n'),
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the ${NAMES[opening.kind]}: ${(error as Error).message}`);
  }
}

const NAMES: Record<CaseKind, string> = { complaint: 'complaint', return: 'return', followup: 'follow-up plan' };

/** The audit log names cases `complaint:CP-…`, `return:RT-…`, `follow-up:FU-…`. */
function auditKind(kind: CaseKind): string {
  return kind === 'followup' ? 'follow-up' : kind;
}
