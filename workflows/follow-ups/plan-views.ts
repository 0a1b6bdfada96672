import { callScript } from '@libs/domain/follow-ups/call-script';
import { TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import type { CallView, FollowUpInput, FollowUpState } from './follow-up.contract';
import type { CallState } from './follow-up-plan';

/** A call as queries and the API see it: times as ISO strings, with its script (F-9). */
export function viewOf(call: CallState): CallView {
  return {
    callId: call.callId,
    stepKey: call.stepKey,
    purpose: call.step.purpose,
    status: call.status,
    agent: call.agent,
    dueAt: new Date(call.dueAt).toISOString(),
    windowEnd: new Date(call.windowEnd).toISOString(),
    nextAttemptAt: call.nextAttemptAt === null ? null : new Date(call.nextAttemptAt).toISOString(),
    attempts: call.attempts,
    missReason: call.missReason,
    escalated: call.escalated,
    complaint: call.complaint,
    lead: call.lead,
    letterQueued: call.letterQueued,
    script: callScript(call.step),
  };
}

/** What a query sees while the first activity plans the calls. */
export function beingPlanned(input: FollowUpInput): FollowUpState {
  return {
    planId: input.planId,
    trigger: input.trigger,
    source: input.source ?? null,
    tier: TRIGGER_TIER[input.trigger],
    status: 'active',
    customerNo: input.customerNo,
    agent: input.agent ?? null,
    policy: null,
    timeZone: null,
    stateVersion: 0,
    run: 1,
    calls: [],
    timeline: [],
  };
}
