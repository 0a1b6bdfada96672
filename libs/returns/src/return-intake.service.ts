import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { EntityManager, DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { AppConfig, AppConfigToken } from '@libs/config';
import { allocateCaseNumber, CaseRecordEntity, CustomerEntity, findIdempotentResult, rememberIdempotentResult, requestHash, ReturnPolicyEntity } from '@libs/database';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import { returnSummary, yuan } from '@libs/domain/returns/return-request';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { noReasonEligibility } from '@libs/domain/returns/no-reason-return';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { ReturnInput } from '@workflows/returns/return.contract';
import { CreateReturnDto } from './dto/create-return.dto';
import { DEFAULT_RETURN_POLICY_CODE } from './policies/return-policies.service';

const IDEMPOTENCY_SCOPE = 'returns.create';
const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export interface ReturnIntakeResult {
  returnNo: string;
  created: boolean;
}

/** R-1, R-7: registers a refund, return or exchange request: number, read-model row and workflow, all or nothing. */
@Injectable()
export class ReturnIntakeService {
  private readonly logger = new Logger(ReturnIntakeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async register(acting: Acting, dto: CreateReturnDto, idempotencyKey?: string): Promise<ReturnIntakeResult> {
    const hash = requestHash(dto);
    // Checks and numbering before the transaction: the day's counter row is then locked for one
    // statement, not for the whole intake (which waits for Temporal), and a transaction never needs a
    // second connection. A number whose intake then fails, or loses a race on its key, is skipped.
    if (idempotencyKey) {
      const earlier = await findIdempotentResult(this.dataSource.manager, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
      if (earlier) return { returnNo: earlier, created: false };
    }
    // After the retry check: a retry is answered even once the R-9 window has closed.
    checkRequest(dto, Date.now());
    const customer = await this.dataSource.manager.findOne(CustomerEntity, { where: { customerNo: dto.customerNo } });
    if (!customer) throw new DomainError(DomainErrorCode.Validation, `customerNo ${dto.customerNo} matches no customer file`, 'customerNo');
    const policyCode = dto.policyCode ?? DEFAULT_RETURN_POLICY_CODE;
    await requireActivePolicy(this.dataSource.manager, policyCode);
    const returnNo = await allocateCaseNumber(this.dataSource.manager, CASE_NUMBER_PREFIX.return, new Date(), BUSINESS_TIME_ZONE);
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        // Serialise requests with the same key so that a concurrent retry waits for the first.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${IDEMPOTENCY_SCOPE}:${idempotencyKey}`]);
        const earlier = await findIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
        if (earlier) return { returnNo: earlier, created: false };
      }
      await this.insertRow(tx, returnNo, customer, dto);
      if (idempotencyKey) await rememberIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash, returnNo);
      await this.audit.record(
        acting,
        'return.register',
        `return:${returnNo}`,
        { type: dto.type, source: dto.source, reason: dto.reason, amountFen: dto.amountFen, orderRef: dto.orderRef, policyCode },
        tx,
      );
      // Started last: if Temporal refuses, the transaction rolls back and nothing is half-written.
      await this.startWorkflow(toInput(dto, returnNo, customer, policyCode, acting.principal.actor));
      this.logger.log(`Return ${returnNo} registered for ${customer.customerNo} (${dto.type}/${dto.reason})`);
      return { returnNo, created: true };
    });
  }

  private async insertRow(tx: EntityManager, returnNo: string, customer: CustomerEntity, dto: CreateReturnDto): Promise<void> {
    // R-7: source, problem type and rating are registered with the case; the workflow keeps status, handler and result.
    await tx.insert(CaseRecordEntity, {
      caseNo: returnNo,
      kind: 'return',
      workflowId: workflowIdFor.return(returnNo),
      status: 'requested',
      customerId: customer.id,
      category: dto.type,
      severity: null,
      summary: returnSummary(dto),
      source: dto.source,
      problemType: dto.reason,
      customerRating: dto.customerRating ?? null,
      stateVersion: 0,
    });
  }

  private async startWorkflow(input: ReturnInput): Promise<void> {
    try {
      await this.temporal.workflow.start('returnWorkflow', {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: workflowIdFor.return(input.returnNo),
        args: [input],
        typedSearchAttributes: newCaseSearchAttributes('return', 'requested', input),
        // Summary and details are not encrypted: ids, types and amounts only, never names, phones or addresses.
        staticSummary: `Return ${input.returnNo} · ${input.type} · ${input.customerNo} · order ${input.orderRef}`,
        staticDetails: [
          `**Return:** ${input.returnNo}`,
          `**Type / reason:** ${input.type} / ${input.reason}`,
          `**Customer file:** ${input.customerNo} (${input.customerTier})`,
          `**Order:** ${input.orderRef}`,
          `**Items:** ${input.items.map((i) => `${i.sku} × ${i.quantity}`).join(', ')}`,
          `**Amount asked:** ${yuan(input.amountFen)}`,
          `**Source:** ${input.source}`,
          `**Policy:** ${input.policyCode}`,
          `**Requested by:** ${input.requestedBy}`,
        ].join('  \n'),
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the return: ${(error as Error).message}`);
    }
  }
}

/** The rules across fields that the DTO cannot say on its own. */
function checkRequest(dto: CreateReturnDto, now: number): void {
  if (dto.type === 'exchange' && !dto.address) {
    throw new DomainError(DomainErrorCode.Validation, 'address is required for an exchange: the replacement goes there', 'address');
  }
  if (dto.type !== 'refund_only' && dto.goodsState !== undefined && dto.goodsState !== 'received') {
    throw new DomainError(DomainErrorCode.Validation, `goodsState must be received for a ${dto.type} request: the buyer sends the goods back`, 'goodsState');
  }
  if (dto.reason === 'no_reason_7_days') {
    // R-9: outside the seven days, or for goods the law excludes, the request is refused at intake.
    const goodsClass = dto.goodsClass ?? 'standard';
    const eligibility = noReasonEligibility({ receivedAt: Date.parse(dto.goodsReceivedAt!), goodsClass }, now);
    if (!eligibility.eligible) {
      const field = goodsClass === 'standard' ? 'goodsReceivedAt' : 'goodsClass';
      const message = eligibility.reason.startsWith(field) ? eligibility.reason : `${field}: ${eligibility.reason}`;
      throw new DomainError(DomainErrorCode.Validation, message, field);
    }
  }
}

/** R-8: a request runs under an active policy; the workflow takes the latest version of it when it starts. */
async function requireActivePolicy(tx: EntityManager, code: string): Promise<void> {
  const latest = await tx.findOne(ReturnPolicyEntity, { where: { code }, order: { version: 'DESC' } });
  if (!latest) throw new DomainError(DomainErrorCode.Validation, `policyCode ${code} matches no return policy`, 'policyCode');
  if (!latest.active) throw new DomainError(DomainErrorCode.Validation, `policyCode ${code} is deactivated`, 'policyCode');
}

function toInput(dto: CreateReturnDto, returnNo: string, customer: CustomerEntity, policyCode: string, requestedBy: string): ReturnInput {
  return {
    returnNo,
    type: dto.type,
    source: dto.source,
    customerId: customer.id,
    customerNo: customer.customerNo,
    customerTier: customer.tier,
    orderRef: dto.orderRef,
    items: dto.items.map((i) => ({ sku: i.sku, quantity: i.quantity })),
    amountFen: dto.amountFen,
    reason: dto.reason,
    description: dto.description,
    goodsState: dto.goodsState ?? 'received',
    goodsReceivedAt: dto.goodsReceivedAt ? new Date(dto.goodsReceivedAt).toISOString() : undefined,
    goodsClass: dto.goodsClass ?? 'standard',
    virtualGoods: dto.virtualGoods ?? false,
    address: dto.address ? { name: dto.address.name, phone: dto.address.phone, region: dto.address.region, line: dto.address.line } : undefined,
    customerPaidReturnShipping: dto.customerPaidReturnShipping ?? false,
    customerRating: dto.customerRating,
    requestedBy,
    policyCode,
  };
}
