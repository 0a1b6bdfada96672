import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { businessDay } from '@libs/domain/cases/case-number';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import type { SampledTrigger } from '@libs/domain/follow-ups/follow-up-types';
import { tier3Windows } from '@libs/domain/follow-ups/sampling';
import type { FollowUpDetails } from '@workflows/follow-ups/follow-up.contract';
import { UNKNOWN_FOLLOW_UP_POLICY } from './follow-up-plan.activities';
import { openPlanOnce } from './open-plan-once';
import { loadFollowUpPolicy } from '@libs/follow-ups/policies/load-follow-up-policy';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';


export interface SamplePick {
  customerId: string;
  customerNo: string;
  customerTier: CustomerTier;
  trigger: SampledTrigger;
  details: FollowUpDetails;
}

export interface SampleResult {
  policyCode: string;
  policyVersion: number;
  rule: string;
  picks: SamplePick[];
}

type Row = { id: string; customer_no: string; tier: CustomerTier; details?: FollowUpDetails };

const pick = (trigger: SampledTrigger, sampleRun: string) => (r: Row): SamplePick => ({
  customerId: r.id,
  customerNo: r.customer_no,
  customerTier: r.tier,
  trigger,
  details: { ...(r.details ?? {}), sampleRun },
});

// The shuffle is seeded with the run's workflow id: a retried activity picks the same customers.
export function createFollowUpSamplingActivities(dataSource: DataSource) {
  return {
    /**
     * F-3: the monthly sample of customers (size and rule from the policy). F-4: the quarterly samples
     * for the general manager's office: new customers a quarter after purchase, and repair customers
     * among large repairs, major accidents and VIPs.
     */
    async sampleFollowUpCustomers(request: { tier: 2 | 3; policyCode: string; seed: string; at: number }): Promise<SampleResult> {
      const policy = await loadFollowUpPolicy(dataSource, request.policyCode);
      if (!policy) throw ApplicationFailure.nonRetryable(`no active follow-up policy ${request.policyCode}`, UNKNOWN_FOLLOW_UP_POLICY);
      const { tier2, tier3 } = policy.terms;
      const base = { policyCode: policy.code, policyVersion: policy.version };
      if (request.tier === 2) {
        const order = tier2.rule === 'least_recently_called' ? `last_reached NULLS FIRST, md5(c.id::text || $1)` : `md5(c.id::text || $1)`;
        const rows: Row[] = await dataSource.query(
          `SELECT c.id, c.customer_no, c.tier
             FROM customers c
             LEFT JOIN LATERAL (SELECT max(a.attempted_at) AS last_reached FROM follow_up_attempts a WHERE a.customer_id = c.id AND a.outcome = 'reached') r ON true
            ORDER BY ${order} LIMIT $2`,
          [request.seed, tier2.sampleSize],
        );
        return { ...base, rule: `${tier2.rule}, ${tier2.sampleSize} customers`, picks: rows.map(pick('monthly_sample', request.seed)) };
      }
      const w = tier3Windows(isoDay(request.at));
      const newCustomers: Row[] = await dataSource.query(
        `SELECT id, customer_no, tier FROM (
           SELECT DISTINCT c.id, c.customer_no, c.tier FROM customers c JOIN customer_products p ON p.customer_id = c.id
            WHERE p.purchase_date >= $2::date AND p.purchase_date < $3::date) s
          ORDER BY md5(s.id::text || $1) LIMIT $4`,
        [request.seed, w.purchasedFrom, w.purchasedBefore, tier3.newCustomerSampleSize],
      );
      const repairs: Row[] = await dataSource.query(
        `SELECT id, customer_no, tier, details FROM (
           SELECT DISTINCT ON (c.id) c.id, c.customer_no, c.tier, p.details
             FROM follow_up_plans p JOIN customers c ON c.id = p.customer_id
            WHERE p.trigger = 'repair'
              AND p.occurred_at >= ($2::date)::timestamp AT TIME ZONE '${BUSINESS_TIME_ZONE}'
              AND p.occurred_at < ($3::date)::timestamp AT TIME ZONE '${BUSINESS_TIME_ZONE}'
              AND (COALESCE((p.details->>'repairAmountFen')::bigint, 0) >= $4 OR COALESCE((p.details->>'majorAccident')::boolean, false) OR c.tier = 'vip')
              AND NOT (c.id = ANY($6::uuid[]))
            ORDER BY c.id, COALESCE((p.details->>'repairAmountFen')::bigint, 0) DESC) s
          ORDER BY md5(s.id::text || $1) LIMIT $5`,
        [request.seed, w.repairedFrom, w.repairedBefore, tier3.largeRepairFen, tier3.repairSampleSize, newCustomers.map((r) => r.id)],
      );
      const repairDetails = (r: Row): Row => ({ ...r, details: { repairAmountFen: r.details?.repairAmountFen, majorAccident: r.details?.majorAccident } });
      return {
        ...base,
        rule: `new customers bought ${w.purchasedFrom}..${w.purchasedBefore} (${tier3.newCustomerSampleSize}); repairs ${w.repairedFrom}..${w.repairedBefore} of CNY ${tier3.largeRepairFen / 100}+, major accidents or VIPs (${tier3.repairSampleSize})`,
        picks: [...newCustomers.map(pick('quarterly_new_customer', request.seed)), ...repairs.map(repairDetails).map(pick('quarterly_repair', request.seed))],
      };
    },

    /** Numbers and registers the plan of a sampled customer; the same key gives the same plan. */
    async openSampledFollowUpPlan(request: { key: string; customerId: string; trigger: SampledTrigger }): Promise<{ planId: string }> {
      return { planId: await openPlanOnce(dataSource, { scope: 'follow-up-sample', ...request }) };
    },

    /** F-3, F-4: what a run picked, once per run. */
    async recordSampleRun(run: { runId: string; tier: 2 | 3; policyCode: string; policyVersion: number; rule: string; planIds: string[] }): Promise<void> {
      await dataSource.query(
        `INSERT INTO follow_up_sample_runs (run_id, tier, policy_code, policy_version, rule, picked, plan_ids) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (run_id) DO UPDATE SET picked = EXCLUDED.picked, plan_ids = EXCLUDED.plan_ids`,
        [run.runId, run.tier, run.policyCode, run.policyVersion, run.rule, run.planIds.length, run.planIds],
      );
    },
  };
}

/** The business day of an instant as YYYY-MM-DD. */
export function isoDay(at: number): string {
  const day = businessDay(new Date(at), BUSINESS_TIME_ZONE);
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
}
