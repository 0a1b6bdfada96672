import { Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Acting, AuditService } from '@libs/audit';
import { allocateCaseNumber, callerScope, CustomerEntity, findIdempotentResult, rememberIdempotentResult, requestHash } from '@libs/database';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { CaseKind, workflowIdFor } from '@libs/temporal/conventions';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { caseViewSeal } from '@libs/read-model/case-view-seal';
import { descriptionIndex } from '@libs/read-model/description-index';
import { writeCaseState } from '@libs/read-model/write-case-state';

/** What every intake needs from its surroundings. */
export interface CaseIntakeDeps {
  dataSource: DataSource;
  temporal: Client;
  taskQueue: string;
  audit: Pick<AuditService, 'record'>;
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
 * transaction the read-model row, the idempotency record and the audit row, with the workflow started
 * last, so that if Temporal refuses the transaction rolls back and nothing is half-written. A retry
 * with the same `Idempotency-Key` (scoped to the caller) returns the same case.
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
    // Before the other checks: a retry is answered even once a time window has closed.
    const earlier = await findIdempotentResult(dataSource.manager, scope, key, hash);
    if (earlier) return { id: earlier, created: false };
  }
  const customer = await dataSource.manager.findOne(CustomerEntity, { where: { customerNo: opening.customerNo } });
  if (!customer) throw new DomainError(DomainErrorCode.Validation, `customerNo ${opening.customerNo} matches no customer file`, 'customerNo');
  await opening.check?.(customer, dataSource.manager);
  const caseNo = await allocateCaseNumber(dataSource.manager, CASE_NUMBER_PREFIX[opening.kind], new Date(), BUSINESS_TIME_ZONE);
  const input = opening.input(caseNo, customer);
  return dataSource.transaction(async (tx) => {
    if (key) {
      // Serialise requests with the same key so that a concurrent retry waits for the first.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${scope}:${key}`]);
      const earlier = await findIdempotentResult(tx, scope, key, hash);
      if (earlier) return { id: earlier, created: false };
    }
    await writeCaseState(tx, openingRecord(deps, opening, input), 'newer', caseViewSeal(deps.temporal.options.dataConverter));
    if (key) await rememberIdempotentResult(tx, scope, key, hash, caseNo);
    const audit = opening.audit(input);
    await deps.audit.record(acting, audit.action, `${auditKind(opening.kind)}:${caseNo}`, audit.details, tx);
    await startWorkflow(deps, opening, caseNo, input);
    Logger.log(opening.logLine(input), opening.logContext);
    return { id: caseNo, created: true };
  });
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
