import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { openCase } from '@libs/cases/open-case';
import { AppConfig, AppConfigToken } from '@libs/config';
import { CustomerEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import { followUpCaseRecord } from '@libs/read-model/records/follow-up-record';
import type { FollowUpInput } from '@workflows/follow-ups/follow-up.contract';
import { loadFollowUpPolicy } from './policies/load-follow-up-policy';
import { CreateFollowUpDto } from './dto/create-follow-up.dto';

/** A trigger's moment further away than this is a typing error, not a plan. */
const MAX_OFFSET_MS = 2 * 365 * 86_400_000;

export interface FollowUpIntakeResult {
  planId: string;
  created: boolean;
}

/** Registers a follow-up plan: plan number, read-model row and workflow, all or nothing. */
@Injectable()
export class FollowUpIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async register(acting: Acting, dto: CreateFollowUpDto, idempotencyKey?: string): Promise<FollowUpIntakeResult> {
    let occurredAt = 0;
    const opened = await openCase<FollowUpInput>({ dataSource: this.dataSource, temporal: this.temporal, taskQueue: this.config.TEMPORAL_TASK_QUEUE, audit: this.audit }, acting, {
      kind: 'followup',
      workflowType: 'followUpWorkflow',
      body: dto,
      idempotencyScope: 'follow-ups.create',
      idempotencyKey,
      customerNo: dto.customerNo,
      check: async (customer, manager) => {
        occurredAt = this.occurredAt(dto);
        await this.checkReferences(manager, dto, customer);
      },
      input: (planId, customer) => ({
        planId,
        customerId: customer.id,
        customerNo: customer.customerNo,
        customerTier: customer.tier,
        trigger: dto.trigger,
        occurredAt,
        policyCode: dto.policyCode ?? DEFAULT_FOLLOW_UP_POLICY_CODE,
        ...(dto.soldVia ? { soldVia: dto.soldVia } : {}),
        ...(dto.productId ? { productId: dto.productId } : {}),
        ...(dto.reference ? { reference: dto.reference } : {}),
        ...(dto.agent ? { agent: dto.agent } : {}),
        details: {
          ...(dto.repairAmountFen !== undefined ? { repairAmountFen: dto.repairAmountFen } : {}),
          ...(dto.majorAccident !== undefined ? { majorAccident: dto.majorAccident } : {}),
          ...(dto.eventName ? { eventName: dto.eventName, eventAt: dto.occurredAt } : {}),
        },
        createdBy: acting.principal.actor,
      }),
      record: (input) => followUpCaseRecord(input, null),
      audit: (input) => ({ action: 'follow-up.create', details: { trigger: input.trigger, customerNo: input.customerNo } }),
      status: 'active',
      summary: (input) => `Follow-up ${input.planId} · ${input.trigger} (tier ${TRIGGER_TIER[input.trigger]}) · ${input.customerNo}`,
      details: (input) => [
        `**Plan:** ${input.planId}`,
        `**Customer file:** ${input.customerNo} (${input.customerTier})`,
        `**Trigger:** ${input.trigger} at ${new Date(input.occurredAt).toISOString()}`,
        `**Policy:** ${input.policyCode}`,
        `**Reference:** ${input.reference ?? '—'}`,
        `**Registered by:** ${input.createdBy}`,
      ],
      logLine: (input) => `Follow-up plan ${input.planId} (${input.trigger}) registered for ${input.customerNo}`,
      logContext: FollowUpIntakeService.name,
    });
    return { planId: opened.id, created: opened.created };
  }

  private occurredAt(dto: CreateFollowUpDto): number {
    if (dto.trigger === 'event_invitation') {
      if (!dto.occurredAt) throw new DomainError(DomainErrorCode.Validation, 'occurredAt is required for an event invitation: when the event takes place (F-8)', 'occurredAt');
      if (!dto.eventName?.trim()) throw new DomainError(DomainErrorCode.Validation, 'eventName is required for an event invitation (F-8)', 'eventName');
    }
    if (dto.trigger !== 'repair' && (dto.repairAmountFen !== undefined || dto.majorAccident !== undefined)) {
      throw new DomainError(DomainErrorCode.Validation, 'repairAmountFen and majorAccident describe a repair; the trigger is ' + dto.trigger, dto.repairAmountFen !== undefined ? 'repairAmountFen' : 'majorAccident');
    }
    const at = dto.occurredAt ? Date.parse(dto.occurredAt) : Date.now();
    if (Math.abs(at - Date.now()) > MAX_OFFSET_MS) throw new DomainError(DomainErrorCode.Validation, 'occurredAt must be within two years of today', 'occurredAt');
    return at;
  }

  /** The product is the customer's, the policy is active and plans calls for the trigger, the agent is on the staff. */
  private async checkReferences(manager: EntityManager, dto: CreateFollowUpDto, customer: CustomerEntity): Promise<void> {
    if (dto.productId) {
      const [product]: unknown[] = await manager.query(`SELECT 1 FROM customer_products WHERE id = $1 AND customer_id = $2`, [dto.productId, customer.id]);
      if (!product) throw new DomainError(DomainErrorCode.Validation, `productId ${dto.productId} is not a product of ${customer.customerNo}`, 'productId');
    }
    const code = dto.policyCode ?? DEFAULT_FOLLOW_UP_POLICY_CODE;
    const policy = await loadFollowUpPolicy(manager, code);
    if (!policy) throw new DomainError(DomainErrorCode.Validation, `policyCode ${code} names no active follow-up policy`, 'policyCode');
    if (!policy.terms.plans[dto.trigger]?.length) throw new DomainError(DomainErrorCode.Validation, `follow-up policy ${code} v${policy.version} plans no calls for ${dto.trigger}`, 'trigger');
    if (dto.agent) {
      const [staff]: unknown[] = await manager.query(`SELECT 1 FROM staff_members WHERE code = $1 AND status = 'active'`, [dto.agent]);
      if (!staff) throw new DomainError(DomainErrorCode.Validation, `agent ${dto.agent} is not an active staff member`, 'agent');
    }
  }
}
