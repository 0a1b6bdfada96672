import type { AttemptView, FollowUpState, RecordAttemptRequest } from './follow-up.contract';
import { described } from './follow-up-activities';
import type { CallState, FollowUpPlan } from './follow-up-plan';

/**
 * The main loop's step after an agent's attempt (F-9): the attempt is stored (F-12) and, after no answer
 * or busy, the call moves to a retry slot in the customer's call hours (F-5), or is missed when the
 * window has none. The action that accepted the attempt answers once this is recorded.
 */
export async function storeAttempt(plan: FollowUpPlan, call: CallState): Promise<void> {
  const attempt = call.pending.attempt!;
  call.pending.attempt = undefined;
  await storeAttemptRow(plan, call, attempt);
  if (call.busy) {
    const slot = await retrySlot(plan, call);
    plan.retryOrMiss(call, slot);
  }
}

/**
 * The same steps taken by the update handler itself, as plans started before the main loop alone
 * called activities did (their histories replay this; see `MAIN_LOOP_ALONE`).
 */
export async function recordAttemptInHandler(plan: FollowUpPlan, request: RecordAttemptRequest): Promise<FollowUpState> {
  // The validator passed; a second attempt accepted at the same time finds the call changed.
  plan.ensureAttemptAllowed(request);
  const call = plan.call(request.callId)!;
  const attempt = plan.addAttempt(call, request, Date.now());
  await storeAttemptRow(plan, call, attempt);
  if (call.busy) {
    const slot = await retrySlot(plan, call);
    plan.retryOrMiss(call, slot);
  }
  return plan.snapshot();
}

// The two steps return the activity's promise itself, so that the handler awaits exactly what it always
// awaited: the order of commands in a workflow task depends on how many awaits each coroutine takes.

function storeAttemptRow(plan: FollowUpPlan, call: CallState, attempt: AttemptView): Promise<void> {
  return described(`Store attempt ${attempt.no} on ${call.callId}: ${attempt.outcome} (F-12)`).recordFollowUpAttempt({
    callId: call.callId,
    planId: plan.input.planId,
    customerId: plan.input.customerId,
    tier: plan.prepared.tier,
    attemptNo: attempt.no,
    outcome: attempt.outcome,
    satisfactionScore: attempt.satisfactionScore,
    answers: attempt.answers ?? {},
    notes: attempt.notes,
    purchaseIntent: attempt.purchaseIntent,
    attemptedAt: attempt.at,
    agentCode: attempt.by,
  });
}

/** The next allowed slot later in the window, or null when there is none (or the attempts are used up). */
function retrySlot(plan: FollowUpPlan, call: CallState): Promise<number | null> {
  return described(`Retry slot for ${call.callId} in the customer's call hours (F-5)`).nextFollowUpSlot({
    now: Date.now(),
    windowEnd: call.windowEnd,
    attemptsMade: call.attempts.length,
    retry: plan.prepared.terms.retry,
    timeZone: plan.prepared.timeZone,
    callHours: plan.prepared.callHours,
  });
}
