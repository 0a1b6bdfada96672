import { DataSource } from 'typeorm';
import { nextContactAt } from '@libs/domain/follow-ups/contact-time';
import { DEFAULT_CALL_HOURS } from '@libs/domain/follow-ups/call-hours';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { loadFollowUpPolicy } from '@libs/follow-ups/policies/load-follow-up-policy';

/** F-5 without a follow-up policy in the database: two hours later, by the seeded call hours. */
const DEFAULT_RETRY_AFTER_SECONDS = 7200;

export interface SatisfactionCallRecord {
  caseNo: string;
  resolution: number;
  customerId: string;
  remedy: string;
  /** The resolution the call asks about, epoch ms. */
  resolvedAt: number;
  /** When the call (or its next attempt) is due, epoch ms. */
  dueAt: number;
  attempts: number;
}

export function createSatisfactionCallActivities(dataSource: DataSource) {
  return {
    /**
     * C-8 with F-5: when an unanswered satisfaction call is tried again — `retry.afterSeconds` of the
     * default follow-up policy later, at the next slot of its call hours on the customer's own clock,
     * as follow-up calls are. Calendar math here, not in the workflow: a new table never changes history.
     */
    async nextSatisfactionCallSlot(request: { customerId: string; now: number }): Promise<number> {
      const policy = await loadFollowUpPolicy(dataSource, DEFAULT_FOLLOW_UP_POLICY_CODE);
      const [customer]: Array<{ time_zone: string | null }> = await dataSource.query(`SELECT time_zone FROM customers WHERE id = $1`, [request.customerId]);
      const afterMs = (policy?.terms.retry.afterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000;
      return nextContactAt(request.now + afterMs, customer?.time_zone, policy?.terms.callHours ?? DEFAULT_CALL_HOURS);
    },

    /** C-8: the satisfaction call on its owner's worklist (one row per complaint, the latest resolution). */
    async recordSatisfactionCall(call: SatisfactionCallRecord): Promise<void> {
      await dataSource.query(
        `INSERT INTO satisfaction_calls (case_no, resolution, customer_id, remedy, resolved_at, due_at, attempts, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (case_no) DO UPDATE SET resolution = EXCLUDED.resolution, remedy = EXCLUDED.remedy, resolved_at = EXCLUDED.resolved_at,
           due_at = EXCLUDED.due_at, attempts = EXCLUDED.attempts, updated_at = now()
         WHERE satisfaction_calls.resolution <= EXCLUDED.resolution`,
        [call.caseNo, call.resolution, call.customerId, call.remedy, new Date(call.resolvedAt), new Date(call.dueAt), call.attempts],
      );
    },
  };
}
