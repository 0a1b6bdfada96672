import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import type { ReturnState } from '../returns/return.contract';
import { described } from '../shared/activity-profiles';
import { ComplaintRun, SYSTEM } from './complaint-run';
import { takesBranch } from './case-shape';

/** Added after the first recorded histories: their replay must not see the satisfaction-call timer. */
export const SATISFACTION_CALL_PATCH = 'satisfaction-call';

/**
 * C-8 with F-5: the satisfaction call goes on the owner's worklist (with the customer's phone and the
 * remedy), and an unanswered call is tried again later in the customer's call hours, as follow-up calls
 * are. Old branch: no worklist row, and three "no answer" records in a row — even a tenth of a second
 * apart — closed the case as unreached.
 */
export const SATISFACTION_CALL_RETRIES = 'complaint-2026-11-30-satisfaction-call-worklist-and-retries';

/** Whether this run plans retries and worklist rows (asked where the old code had nothing to record). */
export function satisfactionCallRetries(): boolean {
  return takesBranch(SATISFACTION_CALL_RETRIES);
}

/** C-8: for SLA policy snapshots taken before the policy said when the call is due: a day after resolution. */
const DEFAULT_SATISFACTION_CALL_SECONDS = 86_400;

/** C-8: when the satisfaction call of the current resolution falls due, if it is still to be queued. */
export function satisfactionCallDue({ state, clock }: ComplaintRun): number | undefined {
  if (state.status !== 'resolved' || state.satisfactionCallQueued || state.resolvedAt === null) return undefined;
  // C-8 after C-10: the call asks about a remedy the customer has received.
  if (state.remedyReturn && !isFinalReturnStatus(state.remedyReturn.status as ReturnState['status'])) return undefined;
  if (!takesBranch(SATISFACTION_CALL_PATCH)) return undefined;
  return state.resolvedAt + (clock.policy.satisfactionCallSeconds ?? DEFAULT_SATISFACTION_CALL_SECONDS) * 1000;
}

/** C-8: the call goes on the owner's (or the supervisor's) staff inbox. */
export async function queueSatisfactionCall(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  state.satisfactionCallQueued = true;
  state.satisfaction = { score: null, comment: null, attempts: 0, ...state.satisfaction, callDueAt: new Date().toISOString() };
  const agent = state.assignedAgent ?? 'supervisor';
  await described(`Queue satisfaction call of ${input.caseNo} for ${agent} (C-8)`).notify({
    dedupeKey: `${run.workflowId}:satisfaction-call-${state.resolutions}`,
    channel: 'staff-inbox',
    recipient: agent,
    subject: `Satisfaction call due: complaint ${input.caseNo}`,
    body: `Complaint ${input.caseNo} was resolved (${state.remedy}). Call customer ${input.customerNo} to confirm satisfaction and record the score (C-8).`,
    caseNo: input.caseNo,
  });
  state.changed('satisfaction_call_due', SYSTEM, `call queued for ${agent}`);
  if (satisfactionCallRetries()) await putOnWorklist(run, Date.now());
}

/** F-5: an unanswered satisfaction call waits for its next attempt to be planned. */
export function satisfactionRetryToPlan({ state }: ComplaintRun): boolean {
  return state.satisfactionRetryPending;
}

/** F-5: the next attempt, `retry.afterSeconds` later at an allowed hour on the customer's clock, on the worklist. */
export async function retrySatisfactionCallLater(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  const at = await described(`Next satisfaction call attempt for ${input.caseNo} in the customer's call hours (F-5)`).nextSatisfactionCallSlot({ customerId: input.customerId, now: Date.now() });
  if (state.status !== 'resolved' || !state.satisfactionRetryPending) {
    // Reached, reopened or closed meanwhile: nothing to try again.
    state.satisfactionRetryPending = false;
    return;
  }
  state.planSatisfactionRetry(at);
  await putOnWorklist(run, at);
}

async function putOnWorklist({ input, state }: ComplaintRun, dueAt: number): Promise<void> {
  await described(`Satisfaction call of ${input.caseNo} on the owner's worklist (C-8)`).recordSatisfactionCall({
    caseNo: input.caseNo,
    resolution: state.resolutions,
    customerId: input.customerId,
    remedy: state.remedy ?? 'none',
    resolvedAt: state.resolvedAt ?? Date.now(),
    dueAt,
    attempts: state.satisfaction?.attempts ?? 0,
  });
}
