import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { described } from '../shared';
import { askFinanceToConfirmFee, onFeeCheckAnswer, onReplacementAnswer, settleShippingFee } from './exchange';
import { scheduleInspection } from './inspection';
import { publish } from './publish';
import { followUpDeliveredReplacement } from './replacement-follow-up';
import { askFinanceToPay, onRefundAnswer, refundOrCloseAfterInspection, requestRefund } from './refund';
import { SYSTEM } from './return-case';
import { pendingDeadlines } from './return-deadlines';
import { Arrival, ReturnRun } from './return-run';
import { ReturnInput, ReturnState, returnStateQuery } from './return.contract';
import { registerStaffActions } from './staff-actions';
import { fireDeadline } from './timeouts';
import { shipReplacementWhenReady } from './shipment-checks';
import { nextPollAt, pollParcel } from './tracking';

/**
 * One workflow per return, refund or exchange request, id `return-<returnNo>`. Staff act through
 * updates (staff-actions.ts); everything else happens in the main loop, one step at a time: a
 * department's answer, the automatic step the state calls for, publishing the change, a timeout, a
 * tracking round.
 */
export async function returnWorkflow(input: ReturnInput): Promise<ReturnState> {
  const run = new ReturnRun(input, workflowInfo().workflowId);
  const { c } = run;
  setHandler(returnStateQuery, () => run.snapshot());
  registerStaffActions(run);

  // the request runs under the policy version current at its start.
  c.policy = await described(`Select return policy ${input.policyCode ?? 'default'} (R-8)`).selectReturnPolicy({ code: input.policyCode ?? 'default' });
  c.changed('policy_applied', SYSTEM, `${c.policy.code} v${c.policy.version}`);
  if (input.complaintCaseNo) c.apply('agree', input.requestedBy, `agreed as the remedy of complaint ${input.complaintCaseNo}`);

  while (!c.isFinished()) {
    const arrival = run.arrivals.shift();
    if (arrival) {
      await onArrival(run, arrival);
      continue;
    }
    if (await advance(run)) continue;
    if (!run.isPublished()) {
      await publish(run);
      continue;
    }
    const now = Date.now();
    const due = pendingDeadlines(c)[0];
    if (due && due.at <= now) {
      await fireDeadline(run, due);
      continue;
    }
    const parcel = c.currentParcel();
    const pollAt = nextPollAt(run);
    if (parcel && pollAt !== undefined && pollAt <= now) {
      await pollParcel(run, parcel);
      continue;
    }
    if (run.retryReplacementAt !== null && run.retryReplacementAt <= now) {
      run.retryReplacementAt = null;
      run.replacementWanted = true;
      continue;
    }
    // Asleep until the next timeout, tracking round or replacement retry, or until something changes.
    const wakeAt = Math.min(due?.at ?? Infinity, pollAt ?? Infinity, run.retryReplacementAt ?? Infinity);
    const changed = () => !run.isPublished() || run.arrivals.length > 0;
    if (wakeAt < Infinity) await condition(changed, wakeAt - now);
    else await condition(changed);
  }

  await publish(run);
  await followUpDeliveredReplacement(run);
  await condition(allHandlersFinished);
  return run.snapshot();
}

/** The automatic step the current state calls for, if any (true when one was taken; the loop starts over). */
async function advance(run: ReturnRun): Promise<boolean> {
  const { c, input } = run;
  if (c.status === 'agreed' && input.type === 'refund_only') {
    requestRefund(run, SYSTEM, 'refund only: no goods come back');
    return true;
  }
  if (askFinanceToPay(run)) return true;
  if (c.status === 'received' && c.inspectionQueuedAt === null) {
    await scheduleInspection(run);
    return true;
  }
  if (c.status === 'inspected' && input.type === 'return_and_refund') {
    await refundOrCloseAfterInspection(run);
    return true;
  }
  if (c.status === 'inspected' && input.type === 'exchange' && c.exchange === null) {
    await settleShippingFee(run);
    return true;
  }
  if (c.status === 'inspected' && c.exchange?.shippingFee === 'due' && c.exchange.paymentRef && !run.inFlight.has('fee-check')) {
    askFinanceToConfirmFee(run);
    return false; // nothing changed yet: the loop goes on to publish the reported payment
  }
  if (run.replacementWanted && !run.inFlight.has('replacement')) {
    await shipReplacementWhenReady(run);
    return true;
  }
  return false;
}

/** A department answered (or did not, in time). */
async function onArrival(run: ReturnRun, { purpose, outcome }: Arrival): Promise<void> {
  if (purpose === 'refund') await onRefundAnswer(run, outcome);
  else if (purpose === 'fee-check') onFeeCheckAnswer(run, outcome);
  else await onReplacementAnswer(run, outcome);
}
