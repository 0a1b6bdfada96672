import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { returnSummary } from '@libs/domain/returns/return-request';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import { returnWorkflow } from '../returns/return.workflow';
import { described } from '../shared/activity-profiles';
import { ComplaintRun, SYSTEM } from './complaint-run';
import { takesBranch } from './case-shape';

/** Added with return requests: histories resolved by refund or replacement before it did not start one. */
export const REMEDY_RETURN_PATCH = 'remedy-return';

/** C-10: a refund or replacement was decided and its return request is still to be opened. */
export function remedyReturnToOpen({ state }: ComplaintRun): boolean {
  return state.status === 'resolved' && !!state.remedyReturnRequest && !state.remedyReturn;
}

/**
 * C-10: a refund or replacement runs as a return request, a child the complaint waits for. Its money
 * and goods must move even if the complaint's workflow ends, so the child is abandoned, not cancelled.
 */
export async function openRemedyReturn(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  const request = state.remedyReturnRequest!;
  state.remedyReturnRequest = null;
  if (!takesBranch(REMEDY_RETURN_PATCH)) return;
  const type = state.remedy === 'replace' ? 'exchange' : (request.type ?? 'refund_only');
  state.remedyReturn = { returnNo: null, type, status: 'opening', result: null };
  const opened = await described(`Open the ${type.replace(/_/g, ' ')} request for ${input.caseNo} (C-10)`).openComplaintReturn({
    key: `${input.caseNo}:resolution-${state.resolutions}`,
    customerId: input.customerId,
    summary: returnSummary({ type, amountFen: request.amountFen, orderRef: request.orderRef }),
  });
  const child = await startChild(returnWorkflow, {
    workflowId: `return-${opened.returnNo}`,
    parentClosePolicy: ParentClosePolicy.ABANDON,
    // Found in the UI and by the read-model rebuild like any return.
    typedSearchAttributes: newCaseSearchAttributes('return', 'requested', input),
    staticSummary: `Return ${opened.returnNo} · ${type} · ${input.customerNo} · remedy of ${input.caseNo}`,
    args: [
      {
        returnNo: opened.returnNo,
        type,
        source: 'complaint',
        customerId: input.customerId,
        customerNo: input.customerNo,
        customerTier: input.customerTier,
        orderRef: request.orderRef,
        items: request.items,
        amountFen: request.amountFen,
        reason: input.category === 'quality' ? 'quality_problem' : 'other',
        description: `Remedy of complaint ${input.caseNo}: ${state.remedy}`,
        goodsState: 'received',
        ...(opened.address ? { address: opened.address } : {}),
        // R-6: a quality complaint's replacement is the seller's to ship.
        customerPaidReturnShipping: input.category === 'quality',
        requestedBy: state.assignedAgent ?? SYSTEM,
        complaintCaseNo: input.caseNo,
      },
    ],
  });
  state.remedyReturn = { returnNo: opened.returnNo, type, status: 'running', result: null };
  state.changed('remedy_return_started', SYSTEM, `${type.replace(/_/g, ' ')} request ${opened.returnNo} (C-10)`);
  child.result().then(
    (result) => (run.remedyOutcome = { status: result.status, result: result.result }),
    (error: Error) => (run.remedyOutcome = { status: 'closed', result: `the return request failed: ${error.message}` }),
  );
}

/** C-10: the return request ended; the satisfaction call (C-8) is counted from when the remedy reached the customer. */
export function takeRemedyOutcome(run: ComplaintRun): boolean {
  const finished = run.remedyOutcome;
  if (!finished) return false;
  const { state } = run;
  run.remedyOutcome = undefined;
  state.remedyReturn = { ...state.remedyReturn!, status: finished.status, result: finished.result };
  state.resolvedAt = Date.now();
  state.changed('remedy_return_finished', SYSTEM, `return ${state.remedyReturn.returnNo} ${finished.status}${finished.result ? `: ${finished.result}` : ''}`);
  return true;
}
