import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { AppConfig, AppConfigToken } from '@libs/config';
import { allocateCaseNumber, CustomerEntity, findIdempotentResult, rememberIdempotentResult, requestHash } from '@libs/database';
import { CASE_NUMBER_PREFIX } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import { workflowIdFor } from '@libs/temporal/conventions';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import type { FollowUpInput } from '@workflows/follow-ups/follow-up.contract';
import { loadFollowUpPolicy } from './policies/load-follow-up-policy';
import { CreateFollowUpDto } from './dto/create-follow-up.dto';

const IDEMPOTENCY_SCOPE = 'follow-ups.create';
const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
/** A trigger's moment further away than this is a typing error, not a plan. */
const MAX_OFFSET_MS = 2 * 365 * 86_400_000;

export interface FollowUpIntakeResult {
  planId: string;
  created: boolean;
}

/** Registers a follow-up plan: plan number, read-model row and workflow, all or nothing. */
@Injectable()
export class FollowUpIntakeService {
  private readonly logger = new Logger(FollowUpIntakeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async register(acting: Acting, dto: CreateFollowUpDto, idempotencyKey?: string): Promise<FollowUpIntakeResult> {
    const hash = requestHash(dto);
    if (idempotencyKey) {
      const earlier = await findIdempotentResult(this.dataSource.manager, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
      if (earlier) return { planId: earlier, created: false };
    }
    const manager = this.dataSource.manager;
    const customer = await manager.findOne(CustomerEntity, { where: { customerNo: dto.customerNo } });
    if (!customer) throw new DomainError(DomainErrorCode.Validation, `customerNo ${dto.customerNo} matches no customer file`, 'customerNo');
    const occurredAt = this.occurredAt(dto);
    await this.checkReferences(manager, dto, customer);
    const planId = await allocateCaseNumber(manager, CASE_NUMBER_PREFIX.followup, new Date(), BUSINESS_TIME_ZONE);
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${IDEMPOTENCY_SCOPE}:${idempotencyKey}`]);
        const earlier = await findIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash);
        if (earlier) return { planId: earlier, created: false };
      }
      await tx.query(
        `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, category, assigned_agent_code, summary, state_version) VALUES ($1, 'followup', $2, 'active', $3, $4, $5, $6, 0)`,
        [planId, workflowIdFor.followup(planId), customer.id, dto.trigger, dto.agent ?? null, `tier ${TRIGGER_TIER[dto.trigger]} ${dto.trigger}: being planned`],
      );
      if (idempotencyKey) await rememberIdempotentResult(tx, IDEMPOTENCY_SCOPE, idempotencyKey, hash, planId);
      await this.audit.record(acting, 'follow-up.create', `follow-up:${planId}`, { trigger: dto.trigger, customerNo: dto.customerNo }, tx);
      // Started last: if Temporal refuses, the transaction rolls back and nothing is half-written.
      await this.startWorkflow({
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
      });
      this.logger.log(`Follow-up plan ${planId} (${dto.trigger}) registered for ${customer.customerNo}`);
      return { planId, created: true };
    });
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

  private async startWorkflow(input: FollowUpInput): Promise<void> {
    try {
      await this.temporal.workflow.start('followUpWorkflow', {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: workflowIdFor.followup(input.planId),
        args: [input],
        typedSearchAttributes: newCaseSearchAttributes('followup', 'active', input),
        staticSummary: `Follow-up ${input.planId} · ${input.trigger} (tier ${TRIGGER_TIER[input.trigger]}) · ${input.customerNo}`,
        staticDetails: [
          `**Plan:** ${input.planId}`,
          `**Customer file:** ${input.customerNo} (${input.customerTier})`,
          `**Trigger:** ${input.trigger} at ${new Date(input.occurredAt).toISOString()}`,
          `**Policy:** ${input.policyCode}`,
          `**Reference:** ${input.reference ?? '—'}`,
          `**Registered by:** ${input.createdBy}`,
        ].join('  \n'),
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the follow-up plan: ${(error as Error).message}`);
    }
  }
}
