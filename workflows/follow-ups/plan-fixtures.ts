// A plan's input and policy snapshot for the unit specs beside this file (no server, no database).
import { ALWAYS } from '@libs/domain/follow-ups/call-hours-terms';
import type { FollowUpStep } from '@libs/domain/follow-ups/follow-up-policy';
import type { FollowUpInput, PreparedPlan } from './follow-up.contract';

export const T0 = Date.parse('2026-11-24T02:00:00Z');
export const HOUR = 3_600_000;

export const planInput = (over: Partial<FollowUpInput> = {}): FollowUpInput => ({
  planId: 'FU-1',
  customerId: 'c-1',
  customerNo: 'CU-1',
  customerTier: 'regular',
  trigger: 'delivery',
  occurredAt: T0,
  policyCode: 'default',
  createdBy: 'AG-100',
  ...over,
});

/** Calls of `steps`, each open for an hour from `dueAt` (ms after T0), on agent AG-001. */
export function preparedPlan(planId: string, steps: Array<{ step: FollowUpStep; dueAt: number }>): PreparedPlan {
  return {
    policyCode: 'default',
    policyVersion: 1,
    tier: 1,
    timeZone: 'Asia/Shanghai',
    agent: 'AG-001',
    steps: steps.map((s) => s.step),
    callHours: ALWAYS,
    terms: { retry: { afterSeconds: 60, maxAttempts: 3 }, unsatisfiedAtOrBelow: 3, complaintAtOrBelow: 2, leadAnswerSeconds: 60 },
    calls: steps.map(({ step, dueAt }) => ({ callId: `${planId}-${step.key}`, stepKey: step.key, dueAt: T0 + dueAt, windowEnd: T0 + dueAt + HOUR, plannedAt: T0 })),
  };
}

export const step = (key: string, over: Partial<FollowUpStep> = {}): FollowUpStep => ({ key, purpose: `call ${key}`, dueAfterSeconds: 0, windowSeconds: 3600, askSatisfaction: true, questions: [], ...over });
