import { randomUUID } from 'node:crypto';
import { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { ALWAYS } from '@libs/domain/follow-ups/call-hours';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS, FollowUpPolicyTerms, FollowUpStep } from '@libs/domain/follow-ups/follow-up-policy';
import type { FollowUpTrigger } from '@libs/domain/follow-ups/follow-up-types';
import { workflowIdFor } from '@libs/temporal/conventions';
import { CaseType } from '@libs/temporal/search-attributes';
import { CallView, FollowUpInput, FollowUpState, followUpStateQuery } from '@workflows/follow-ups/follow-up.contract';
import type { followUpWorkflow } from '@workflows/follow-ups/follow-up.workflow';
import { eventually } from '../support/eventually';
import type { TestStack } from '../support/test-stack';

export type PlanHandle = WorkflowHandleWithFirstExecutionRunId<typeof followUpWorkflow>;

/** A second-scale call: due after `due` seconds, open for `window` seconds, no questions of its own. */
export function fastStep(key: string, due: number, window: number, over: Partial<FollowUpStep> = {}): FollowUpStep {
  return { key, purpose: `Test call ${key}`, dueAfterSeconds: due, windowSeconds: window, askSatisfaction: true, questions: [], ...over };
}

/**
 * Second-scale terms for workflow tests: calls allowed at any hour (quiet hours are the unit tests'
 * business), retries a second apart, sales given 20 s; every trigger's plan one call due at once.
 */
export function fastTerms(plans: Partial<Record<FollowUpTrigger, FollowUpStep[]>> = {}, over: Partial<FollowUpPolicyTerms> = {}): FollowUpPolicyTerms {
  const one = [fastStep('call', 1, 60)];
  return {
    ...DEFAULT_FOLLOW_UP_POLICY_TERMS,
    plans: Object.fromEntries(Object.keys(DEFAULT_FOLLOW_UP_POLICY_TERMS.plans).map((t) => [t, plans[t as FollowUpTrigger] ?? one])) as FollowUpPolicyTerms['plans'],
    callHours: ALWAYS,
    retry: { afterSeconds: 1, maxAttempts: 3 },
    leadAnswerSeconds: 20,
    ...over,
  };
}

/** A follow-up policy of the test's own; returns its code. */
export async function givenFollowUpPolicy(stack: TestStack, terms: FollowUpPolicyTerms, code = `fu-${randomUUID().slice(0, 8)}`): Promise<string> {
  const [{ next }]: Array<{ next: number }> = await stack.db.query(`SELECT COALESCE(MAX(version), 0) + 1 AS next FROM follow_up_policies WHERE code = $1`, [code]);
  await stack.db.query(`INSERT INTO follow_up_policies (code, version, terms, created_by) VALUES ($1, $2, $3, 'test')`, [code, next, JSON.stringify(terms)]);
  return code;
}

let sequence = 0;

/** A plan number of its own (the API allocates real ones). */
export function planNumber(): string {
  sequence += 1;
  return `FU-20261124-${String(Math.floor(Math.random() * 90_000) + 10_000)}${sequence}`;
}

/** Starts a plan's workflow as the API would. */
export async function startPlan(
  stack: TestStack,
  customer: { id: string; customerNo: string },
  over: Partial<FollowUpInput> & Pick<FollowUpInput, 'policyCode'>,
): Promise<{ handle: PlanHandle; planId: string }> {
  const planId = over.planId ?? planNumber();
  const handle = await stack.temporal.workflow.start<typeof followUpWorkflow>('followUpWorkflow', {
    taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    workflowId: workflowIdFor.followup(planId),
    typedSearchAttributes: [{ key: CaseType, value: 'followup' }],
    args: [{ planId, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', trigger: 'delivery', occurredAt: Date.now(), createdBy: 'AG-100', ...over }],
  });
  return { handle, planId };
}

/** Waits until a call of the plan (by step key) satisfies `ok`; returns the state. */
export async function untilCall(handle: PlanHandle, stepKey: string, ok: (call: CallView) => boolean, timeoutMs = 20_000): Promise<FollowUpState> {
  const state = await eventually(
    () => handle.query(followUpStateQuery),
    (s) => {
      const call = s.calls.find((c) => c.stepKey === stepKey);
      return !!call && ok(call);
    },
    timeoutMs,
  );
  const call = state.calls.find((c) => c.stepKey === stepKey);
  if (!call || !ok(call)) throw new Error(`call ${stepKey} of ${state.planId} never got there: ${JSON.stringify(call ?? state.calls)}`);
  return state;
}

export const callOf = (state: FollowUpState, stepKey: string): CallView => state.calls.find((c) => c.stepKey === stepKey)!;

/** The standard F-9 answers of a reached customer. */
export const GREETED = { identity_confirmed: true, thanked: true } as const;

/** A satisfied customer's attempt. */
export const reached = (callId: string, by: string, score = 5) => ({ callId, by, outcome: 'reached' as const, satisfactionScore: score, answers: { ...GREETED } });
