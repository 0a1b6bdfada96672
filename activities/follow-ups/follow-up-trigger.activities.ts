import type { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { FollowUpEvent, followUpEventKey, triggeredPlan } from '@libs/domain/follow-ups/follow-up-triggers';
import { startFollowUpTrigger } from '@libs/follow-ups/triggers/start-follow-up-trigger';
import type { FollowUpInput } from '@workflows/follow-ups/follow-up.contract';
import { openPlanOnce } from './open-plan-once';

/** F-1, F-2, A-6, F-10: follow-up plans started by what happens to the customer. */
export function createFollowUpTriggerActivities(deps: { dataSource: DataSource; temporal: Client; config: AppConfig }) {
  return {
    /**
     * Numbers and registers the plan an event starts, once per event (its key in `idempotency_records`),
     * for the customer's own agent (A-5: the plan names none, so its agent is the file's owner). Null
     * when the event starts no plan. A customer not there yet is the event's transaction still committing:
     * retried, within the time the trigger workflow allows.
     */
    async openTriggeredFollowUpPlan(event: FollowUpEvent): Promise<FollowUpInput | null> {
      const plan = triggeredPlan(event);
      if (!plan) return null;
      const [customer]: Array<{ id: string; customer_no: string; tier: CustomerTier }> = await deps.dataSource.query(`SELECT id, customer_no, tier FROM customers WHERE id = $1`, [event.customerId]);
      if (!customer) throw new Error(`customer ${event.customerId} of ${event.kind} ${event.id} is not in the database (yet)`);
      const planId = await openPlanOnce(deps.dataSource, { scope: 'follow-up-trigger', key: followUpEventKey(event), customerId: customer.id, trigger: plan.trigger });
      return {
        planId,
        customerId: customer.id,
        customerNo: customer.customer_no,
        customerTier: customer.tier,
        trigger: plan.trigger,
        occurredAt: plan.occurredAt,
        policyCode: DEFAULT_FOLLOW_UP_POLICY_CODE,
        reference: plan.reference,
        source: plan.source,
        createdBy: `event:${event.kind}`,
      };
    },

    /** A case workflow's event (a replacement delivered, a complaint closed after a department acted). */
    async emitFollowUpEvent(event: FollowUpEvent): Promise<void> {
      await startFollowUpTrigger(deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, event);
    },
  };
}
