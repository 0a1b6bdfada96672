import { Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import type { Acting, AuditService } from '@libs/audit';
import { allocateCaseNumber, CaseRecordEntity, CustomerEntity, findIdempotentResult, rememberIdempotentResult, requestHash } from '@libs/database';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import type { KeyPart } from '@libs/domain/complaints/key-parts';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { EscalationLevel, newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { ComplaintInput } from '@workflows/complaint/complaint.contract';

const IDEMPOTENCY_SCOPE = 'complaints.create';
const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
// The intake service's name, as its log lines have always carried it.
const logger = new Logger('ComplaintIntakeService');

/** What registering a complaint takes: the fields of `POST /complaints`. */
export interface ComplaintRegistration {
  customerNo: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  productRef?: string;
  majorInformation?: boolean;
  keyPart?: KeyPart;
}

export interface ComplaintRegistrationDeps {
  dataSource: DataSource;
  temporal: Client;
  taskQueue: string;
  audit: Pick<AuditService, 'record'>;
}

export interface IntakeResult {
  caseNo: string;
  created: boolean;
}

/**
 * C-1: registers a complaint: case number, read-model row and workflow, all or nothing. Used by the
 * API's intake and by the follow-up activity that turns a dissatisfied customer into a complaint (F-10);
 * an idempotency key makes a retry return the same case.
 */
export async function registerComplaint(deps: ComplaintRegistrationDeps, acting: Acting, dto: ComplaintRegistration, idempotencyKey?: string): Promise<IntakeResult> {
  const { dataSource } = deps;
  const registeredBy = acting.principal.actor;
  const hash = requestHash(dto);
  // Checks and numbering before the transaction: the day's counter row is then locked for one
  // statement, not for the whole intake (which waits for Temporal), and a transaction never needs a
  // second connection. A number whose intake then fails, or loses a race on its key, is skipped.
  if (idempotencyKey) {
    const earlier = await findIdempotentResult(dataSource.manager, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
    if (earlier) return { caseNo: earlier, created: false };
  }
  const customer = await dataSource.manager.findOne(CustomerEntity, { where: { customerNo: dto.customerNo } });
  if (!customer) throw new DomainError(DomainErrorCode.Validation, `customerNo ${dto.customerNo} matches no customer file`, 'customerNo');
  const caseNo = await allocateCaseNumber(dataSource.manager, CASE_NUMBER_PREFIX.complaint, new Date(), BUSINESS_TIME_ZONE);
  return dataSource.transaction(async (tx) => {
    if (idempotencyKey) {
      // Serialise requests with the same key so that a concurrent retry waits for the first.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${IDEMPOTENCY_SCOPE}:${idempotencyKey}`]);
      const earlier = await findIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
      if (earlier) return { caseNo: earlier, created: false };
    }
    await insertRow(tx, caseNo, customer, dto);
    if (idempotencyKey) await rememberIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash, caseNo);
    await deps.audit.record(acting, 'complaint.register', `complaint:${caseNo}`, { category: dto.category, severity: dto.severity }, tx);
    // Started last: if Temporal refuses, the transaction rolls back and nothing is half-written.
    await startWorkflow(deps, { ...dto, caseNo, customerId: customer.id, customerTier: customer.tier, registeredBy });
    logger.log(`Complaint ${caseNo} registered for ${customer.customerNo} (${dto.category}/${dto.severity})`);
    return { caseNo, created: true };
  });
}

async function insertRow(tx: EntityManager, caseNo: string, customer: CustomerEntity, dto: ComplaintRegistration): Promise<void> {
  await tx.insert(CaseRecordEntity, {
    caseNo,
    kind: 'complaint',
    workflowId: workflowIdFor.complaint(caseNo),
    status: 'registered',
    customerId: customer.id,
    category: dto.category,
    severity: dto.severity,
    summary: `${dto.category}/${dto.severity} via ${dto.channel}`,
    stateVersion: 0,
  });
}

async function startWorkflow(deps: ComplaintRegistrationDeps, input: ComplaintInput): Promise<void> {
  try {
    await deps.temporal.workflow.start('complaintWorkflow', {
      taskQueue: deps.taskQueue,
      workflowId: workflowIdFor.complaint(input.caseNo),
      args: [input],
      typedSearchAttributes: [...newCaseSearchAttributes('complaint', 'registered', input), { key: EscalationLevel, value: 0 }],
      staticSummary: `Complaint ${input.caseNo} · ${input.category}/${input.severity} · ${input.customerNo} (${input.customerTier})`,
      staticDetails: [
        `**Case:** ${input.caseNo}`,
        `**Customer file:** ${input.customerNo} (${input.customerTier})`,
        `**Channel:** ${input.channel}`,
        `**Category / severity:** ${input.category} / ${input.severity}`,
        `**Product / order:** ${input.productRef ?? '—'}`,
        `**Registered by:** ${input.registeredBy}`,
      ].join('  \n'),
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the complaint: ${(error as Error).message}`);
  }
}
