import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { chooseAgent } from '@libs/domain/assignment/choose-agent';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import { CallHours } from '@libs/domain/follow-ups/call-hours';
import { planCalls, retrySlot } from '@libs/domain/follow-ups/call-plan';
import type { FollowUpPolicyTerms } from '@libs/domain/follow-ups/follow-up-policy';
import { FollowUpTrigger, SoldVia, TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import type { FollowUpSource } from '@libs/domain/follow-ups/follow-up-triggers';
import type { FollowUpDetails, PreparedPlan } from '@workflows/follow-ups/follow-up.contract';
import { loadAgentCandidates } from '../assignment/choose-agent.activity';
import { loadFollowUpPolicy } from '@libs/follow-ups/policies/load-follow-up-policy';

export const UNKNOWN_FOLLOW_UP_POLICY = 'UnknownFollowUpPolicy';
export const UNKNOWN_CUSTOMER = 'UnknownCustomer';
/** Who takes a call when no agent can: supervisors see it on the unfiltered worklist. */
export const UNASSIGNED = 'unassigned';

export interface PreparePlanRequest {
  planId: string;
  customerId: string;
  trigger: FollowUpTrigger;
  occurredAt: number;
  policyCode: string;
  soldVia?: SoldVia;
  productId?: string;
  agent?: string;
  reference?: string;
  details?: FollowUpDetails;
  createdBy: string;
  /** The event that started the plan: stored with it, so plans can be found by their trigger. */
  source?: FollowUpSource;
}

/** One row of `follow_up_calls` as the plan's workflow sees it; `version` orders the writes. */
export interface CallRecord {
  callId: string;
  status: string;
  agent: string;
  nextAttemptAt: number | null;
  attempts: number;
  lastOutcome: string | null;
  satisfactionScore: number | null;
  missReason: string | null;
  complaintCaseNo: string | null;
  leadId: string | null;
  closed: boolean;
  version: number;
}

/** F-12: one attempt, stored once however often the activity runs. */
export interface AttemptRecord {
  callId: string;
  planId: string;
  customerId: string;
  tier: number;
  attemptNo: number;
  outcome: string;
  satisfactionScore: number | null;
  answers: Record<string, unknown>;
  notes: string | null;
  purchaseIntent: string | null;
  attemptedAt: string;
  agentCode: string;
}

// Calendar and quiet-hours math runs here, not in workflow code: its results are recorded in history,
// so a later change of the holiday data never makes a running plan replay differently.
export function createFollowUpPlanActivities(dataSource: DataSource) {
  /** the customer's own agent when active; F-4: the GM office for tier 3; otherwise by load. */
  async function agentFor(request: PreparePlanRequest, customer: { assigned_agent_code: string | null; tier: CustomerTier }): Promise<string> {
    if (request.agent) return request.agent;
    if (TRIGGER_TIER[request.trigger] === 3) {
      const [gm]: Array<{ code: string }> = await dataSource.query(`SELECT code FROM staff_members WHERE role = 'gm_office' AND status = 'active' ORDER BY code LIMIT 1`);
      return gm?.code ?? 'gm_office';
    }
    if (customer.assigned_agent_code) {
      const [own]: unknown[] = await dataSource.query(`SELECT 1 FROM staff_members WHERE code = $1 AND status = 'active'`, [customer.assigned_agent_code]);
      if (own) return customer.assigned_agent_code;
    }
    return chooseAgent(await loadAgentCandidates(dataSource), { category: 'service', customerTier: customer.tier })?.code ?? UNASSIGNED;
  }

  return {
    /**
     * The plan's policy snapshot, agent and calls (F-1, F-2, A-6, F-8) with quiet hours applied in the
     * customer's time zone (F-5); writes the plan and its calls. A retry returns the same plan.
     */
    async prepareFollowUpPlan(request: PreparePlanRequest): Promise<PreparedPlan> {
      const [existing]: Array<{ policy_code: string; policy_version: number; agent_code: string }> = await dataSource.query(
        `SELECT policy_code, policy_version, agent_code FROM follow_up_plans WHERE plan_id = $1`,
        [request.planId],
      );
      const policy = await loadFollowUpPolicy(dataSource, existing?.policy_code ?? request.policyCode, existing?.policy_version);
      if (!policy) throw ApplicationFailure.nonRetryable(`no active follow-up policy ${request.policyCode}`, UNKNOWN_FOLLOW_UP_POLICY);
      const [customer]: Array<{ time_zone: string; assigned_agent_code: string | null; tier: CustomerTier }> = await dataSource.query(
        `SELECT time_zone, assigned_agent_code, tier FROM customers WHERE id = $1`,
        [request.customerId],
      );
      if (!customer) throw ApplicationFailure.nonRetryable(`no customer ${request.customerId}`, UNKNOWN_CUSTOMER);
      let soldVia = request.soldVia;
      if (!soldVia && request.productId) {
        const [product]: Array<{ sold_via: SoldVia }> = await dataSource.query(`SELECT sold_via FROM customer_products WHERE id = $1`, [request.productId]);
        soldVia = product?.sold_via;
      }
      const agent = existing?.agent_code ?? (await agentFor(request, customer));
      const steps = policy.terms.plans[request.trigger] ?? [];
      const tier = TRIGGER_TIER[request.trigger];
      const planned = planCalls({ steps, occurredAt: request.occurredAt, soldVia: soldVia ?? 'direct', timeZone: customer.time_zone, callHours: policy.terms.callHours });
      const calls = planned.map((c) => ({ ...c, callId: `${request.planId}-${c.stepKey}` }));

      await dataSource.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO follow_up_plans (plan_id, customer_id, trigger, tier, policy_code, policy_version, occurred_at, product_id, agent_code, reference, details, created_by, source_event, source_id)
           VALUES ($1,$2,$3,$4,$5,$6,to_timestamp($7 / 1000.0),$8,$9,$10,$11,$12,$13,$14) ON CONFLICT (plan_id) DO NOTHING`,
          [
            request.planId,
            request.customerId,
            request.trigger,
            tier,
            policy.code,
            policy.version,
            request.occurredAt,
            request.productId ?? null,
            agent,
            request.reference ?? null,
            JSON.stringify(request.details ?? {}),
            request.createdBy,
            request.source?.event ?? null,
            request.source?.id ?? null,
          ],
        );
        for (const call of calls) {
          const step = steps.find((s) => s.key === call.stepKey)!;
          await tx.query(
            `INSERT INTO follow_up_calls (id, plan_id, customer_id, tier, trigger, step_key, purpose, due_at, window_end, next_attempt_at, status, agent_code)
             VALUES ($1,$2,$3,$4,$5,$6,$7,to_timestamp($8 / 1000.0),to_timestamp($9 / 1000.0),to_timestamp($8 / 1000.0),'scheduled',$10) ON CONFLICT (id) DO NOTHING`,
            [call.callId, request.planId, request.customerId, tier, request.trigger, call.stepKey, step.purpose, call.dueAt, call.windowEnd, agent],
          );
        }
      });
      const { retry, unsatisfiedAtOrBelow, complaintAtOrBelow, leadAnswerSeconds } = policy.terms;
      return {
        policyCode: policy.code,
        policyVersion: policy.version,
        tier,
        timeZone: customer.time_zone,
        agent,
        steps,
        callHours: policy.terms.callHours,
        terms: { retry, unsatisfiedAtOrBelow, complaintAtOrBelow, leadAnswerSeconds },
        calls,
      };
    },

    /** F-5: the retry slot after no answer or busy, later in the window; null when the call is missed. */
    async nextFollowUpSlot(request: { now: number; windowEnd: number; attemptsMade: number; retry: FollowUpPolicyTerms['retry']; timeZone: string; callHours: CallHours }): Promise<number | null> {
      return (
        retrySlot({
          now: request.now,
          retryAfterMs: request.retry.afterSeconds * 1000,
          windowEnd: request.windowEnd,
          attemptsMade: request.attemptsMade,
          maxAttempts: request.retry.maxAttempts,
          timeZone: request.timeZone,
          callHours: request.callHours,
        }) ?? null
      );
    },

    /** The calls' worklist rows; a write older than the row (a retried activity) is ignored. */
    async recordFollowUpCalls(request: { calls: CallRecord[] }): Promise<void> {
      for (const call of request.calls) {
        await dataSource.query(
          `UPDATE follow_up_calls SET status = $2, agent_code = $3, next_attempt_at = to_timestamp($4 / 1000.0), attempts = $5, last_outcome = $6,
                  satisfaction_score = $7, miss_reason = $8, complaint_case_no = $9, lead_id = $10,
                  closed_at = CASE WHEN $11 THEN COALESCE(closed_at, now()) ELSE NULL END, version = $12, updated_at = now()
            WHERE id = $1 AND version < $12`,
          [
            call.callId,
            call.status,
            call.agent,
            call.nextAttemptAt,
            call.attempts,
            call.lastOutcome,
            call.satisfactionScore,
            call.missReason,
            call.complaintCaseNo,
            call.leadId,
            call.closed,
            call.version,
          ],
        );
      }
    },

    /** F-12: every attempt and its outcome, for the daily, weekly and monthly counts. */
    async recordFollowUpAttempt(attempt: AttemptRecord): Promise<void> {
      await dataSource.query(
        `INSERT INTO follow_up_attempts (call_id, plan_id, customer_id, tier, attempt_no, outcome, satisfaction_score, answers, notes, purchase_intent, attempted_at, agent_code)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (call_id, attempt_no) DO NOTHING`,
        [
          attempt.callId,
          attempt.planId,
          attempt.customerId,
          attempt.tier,
          attempt.attemptNo,
          attempt.outcome,
          attempt.satisfactionScore,
          JSON.stringify(attempt.answers),
          attempt.notes,
          attempt.purchaseIntent,
          attempt.attemptedAt,
          attempt.agentCode,
        ],
      );
    },

    async recordFollowUpPlanStatus(request: { planId: string; status: string; agent: string }): Promise<void> {
      await dataSource.query(`UPDATE follow_up_plans SET status = $2, agent_code = $3, updated_at = now() WHERE plan_id = $1`, [request.planId, request.status, request.agent]);
    },
  };
}
