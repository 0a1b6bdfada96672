import { patched } from '@temporalio/workflow';
import { refundNeedsFinanceConfirmation } from '@libs/domain/returns/refund-confirmation';
import { refundDecision } from '@libs/domain/returns/return-decisions';
import { yuan } from '@libs/domain/returns/return-request';
import { yuanForCustomers } from '@libs/domain/messages/message-templates';
import type { PaymentRecord } from '@libs/departments/ports';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { ask, failureOf } from './department-requests';
import { notifyStaff, tellCustomer } from './notify';
import { FINANCE_CONFIRMS_LARGE_REFUNDS } from './patches';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';

export const FINANCE = 'finance-department';

/**
 * The request goes to finance; the refund id, derived from the return, is the payment's idempotency key
 * . Above the policy's threshold it first waits for a finance person to confirm it.
 */
export function requestRefund(run: ReturnRun, by: string, why: string): void {
  const { c, input } = run;
  c.apply('request_refund', by, why);
  const waits = patched(FINANCE_CONFIRMS_LARGE_REFUNDS) && refundNeedsFinanceConfirmation(c.amountFen, run.terms);
  c.refund = { refundId: `RF-${input.returnNo}`, amountFen: c.amountFen, status: waits ? 'awaiting_confirmation' : 'requested', attempts: 0, paymentId: null, failure: null };
  if (waits) c.changed('refund_awaiting_confirmation', SYSTEM, `${yuan(c.amountFen)} is above ${yuan(run.terms.refundConfirmationAboveFen!)}: a finance person confirms it before finance pays (R-4)`);
}

/** A refund waiting for finance is asked for, unless it already is. True when asked. */
export function askFinanceToPay(run: ReturnRun): boolean {
  const { c, input } = run;
  if (!(c.status === 'refund_pending' && c.refund?.status === 'requested' && !run.inFlight.has('refund'))) return false;
  // the idempotency key is the refund id, derived from the return: a retried activity, a replayed
  // workflow or a person's retry can never pay twice.
  c.refund.attempts += 1;
  ask(run, 'refund', c.refund.attempts, {
    department: 'finance',
    kind: 'pay-refund',
    caseNo: input.returnNo,
    payload: { refundId: c.refund.refundId, amountFen: c.refund.amountFen, currency: 'CNY', caseNo: input.returnNo },
    timeoutSeconds: run.terms.departmentAnswerSeconds,
  });
  c.changed('refund_requested', SYSTEM, `finance asked to pay ${yuan(c.refund.amountFen)} under key ${c.refund.refundId} (attempt ${c.refund.attempts})`);
  return true;
}

/** an inspected return is refunded only when the goods are new and resellable (or faulty). */
export async function refundOrCloseAfterInspection(run: ReturnRun): Promise<void> {
  const { c, input } = run;
  const decision = refundDecision(c.inspection!);
  if (decision.refund) requestRefund(run, SYSTEM, decision.why);
  else {
    c.apply('close', SYSTEM, decision.why);
    c.finish(`refund refused: ${decision.why}`);
    await tellCustomer(run, 'refund-refused', 'refund_refused', { reason: '退回的商品不能二次销售，且未发现质量问题' }, { subject: `Return ${input.returnNo}: refund refused`, body: `Your return ${input.returnNo} was inspected: ${decision.why}.` });
  }
}

/** Finance paid (the request ends) or did not (visible, and retried by a person with the same key, R-4). */
export async function onRefundAnswer(run: ReturnRun, outcome: DepartmentRequestOutcome): Promise<void> {
  const { c, input } = run;
  if (outcome.outcome === 'completed' && c.allows('refund_paid')) {
    const payment = outcome.result as PaymentRecord;
    c.refund = { ...c.refund!, status: 'paid', paymentId: payment.paymentId, failure: null };
    c.apply('refund_paid', FINANCE, `${yuan(payment.amountFen)} paid as ${payment.paymentId}`);
    c.finish('refunded');
    await tellCustomer(run, 'refunded', 'refunded', { amount: yuanForCustomers(payment.amountFen), orderRef: input.orderRef }, { subject: `Return ${input.returnNo}: refunded`, body: `${yuan(payment.amountFen)} has been refunded for order ${input.orderRef}.` });
    return;
  }
  const failure = failureOf(outcome);
  c.refund = { ...c.refund!, status: 'failed', failure };
  c.changed('refund_failed', FINANCE, failure!);
  await notifyStaff(run, `refund-failed-${c.refund.attempts}`, 'after-sales', `Return ${input.returnNo}: refund failed`, `Finance did not pay refund ${c.refund.refundId}: ${failure}. Retry it from the return once the cause is cleared.`);
}
