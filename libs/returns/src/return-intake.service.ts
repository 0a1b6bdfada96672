import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { EntityManager, DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { openCase } from '@libs/cases/open-case';
import { AppConfig, AppConfigToken } from '@libs/config';
import { CustomerEntity, ReturnPolicyEntity } from '@libs/database';
import { yuan } from '@libs/domain/returns/return-request';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { noReasonEligibility } from '@libs/domain/returns/no-reason-return';
import { returnCaseRecord } from '@libs/read-model/records/return-record';
import type { ReturnInput } from '@workflows/returns/return.contract';
import { CreateReturnDto } from './dto/create-return.dto';
import { DEFAULT_RETURN_POLICY_CODE } from './policies/return-policies.service';

export interface ReturnIntakeResult {
  returnNo: string;
  created: boolean;
}

/** R-1, R-7: registers a refund, return or exchange request: number, read-model row and workflow, all or nothing. */
@Injectable()
export class ReturnIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async register(acting: Acting, dto: CreateReturnDto, idempotencyKey?: string): Promise<ReturnIntakeResult> {
    const policyCode = dto.policyCode ?? DEFAULT_RETURN_POLICY_CODE;
    const opened = await openCase<ReturnInput>({ dataSource: this.dataSource, temporal: this.temporal, taskQueue: this.config.TEMPORAL_TASK_QUEUE, audit: this.audit }, acting, {
      kind: 'return',
      workflowType: 'returnWorkflow',
      body: dto,
      idempotencyScope: 'returns.create',
      idempotencyKey,
      customerNo: dto.customerNo,
      check: async (_customer, manager) => {
        checkRequest(dto, Date.now());
        await requireActivePolicy(manager, policyCode);
      },
      input: (returnNo, customer) => toInput(dto, returnNo, customer, policyCode, acting.principal.actor),
      // R-7: source, problem type and rating are registered with the case; the workflow keeps status, handler and result.
      record: (input) => returnCaseRecord(input, null),
      audit: (input) => ({
        action: 'return.register',
        details: { type: input.type, source: input.source, reason: input.reason, amountFen: input.amountFen, orderRef: input.orderRef, policyCode },
      }),
      status: 'requested',
      summary: (input) => `Return ${input.returnNo} · ${input.type} · ${input.customerNo} · order ${input.orderRef}`,
      details: (input) => [
        `**Return:** ${input.returnNo}`,
        `**Type / reason:** ${input.type} / ${input.reason}`,
        `**Customer file:** ${input.customerNo} (${input.customerTier})`,
        `**Order:** ${input.orderRef}`,
        `**Items:** ${input.items.map((i) => `${i.sku} × ${i.quantity}`).join(', ')}`,
        `**Amount asked:** ${yuan(input.amountFen)}`,
        `**Source:** ${input.source}`,
        `**Policy:** ${input.policyCode}`,
        `**Requested by:** ${input.requestedBy}`,
      ],
      logLine: (input) => `Return ${input.returnNo} registered for ${input.customerNo} (${input.type}/${input.reason})`,
      logContext: ReturnIntakeService.name,
    });
    return { returnNo: opened.id, created: opened.created };
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
