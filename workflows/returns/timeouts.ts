import { patched } from '@temporalio/workflow';
import { handToInspection } from './inspection';
import { notifyStaff } from './notify';
import { REFUND_OVERDUE_TEXT_FROM_POLICY } from './patches';
import { requestRefund } from './refund';
import { SYSTEM } from './return-case';
import type { DueDeadline } from './return-deadlines';
import type { ReturnRun } from './return-run';

/** A timeout passed: the system takes the step, recorded as its own. */
export async function fireDeadline(run: ReturnRun, due: DueDeadline): Promise<void> {
  const { c, input } = run;
  const silent = (what: string) => `${what} by ${new Date(due.at).toISOString()} (R-8)`;
  switch (due.id) {
    case 'seller_response':
      c.apply('agree', SYSTEM, silent('the seller did not answer'));
      break;
    case 'buyer_modify':
      c.apply('close', SYSTEM, silent('the buyer did not modify the rejected request'));
      c.finish('closed: the buyer did not modify');
      break;
    case 'buyer_ship':
      c.apply('close', SYSTEM, silent('the buyer did not ship the goods'));
      c.finish('closed: the buyer did not ship');
      break;
    case 'seller_receipt':
      if (input.type === 'exchange') {
        c.apply('receive', SYSTEM, silent('the seller did not confirm receipt'));
        c.goodsReceived();
      } else requestRefund(run, SYSTEM, silent('the seller did not confirm receipt: refunded'));
      break;
    case 'inspection_queue':
      await handToInspection(run);
      break;
    case 'refund_due':
      await recordRefundOverdue(run);
      break;
    case 'shipping_fee':
      c.apply('close', SYSTEM, 'the shipping fee was not paid in time (R-6)');
      c.finish('closed: shipping fee unpaid');
      break;
  }
}

/** the refund was not paid within the policy's deadline after the goods came back: recorded once, the manager told. */
async function recordRefundOverdue(run: ReturnRun): Promise<void> {
  const { c, input } = run;
  const within = patched(REFUND_OVERDUE_TEXT_FROM_POLICY) ? spokenDuration(run.terms.refundDueSeconds) : '7 days';
  c.refundOverdueRecorded = true;
  c.changed('refund_overdue', SYSTEM, `not refunded within ${within} of the goods coming back (R-9)`);
  await notifyStaff(run, 'refund-overdue', 'manager', `Return ${input.returnNo}: refund overdue`, `The goods of return ${input.returnNo} came back more than ${within} ago and the refund is not paid (R-9).`);
}

/** A policy's duration as staff read it: `7 days`, `36 hours`, `90 minutes`, `2 s`. */
export function spokenDuration(seconds: number): string {
  const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;
  if (seconds > 0 && seconds % 86_400 === 0) return unit(seconds / 86_400, 'day');
  if (seconds > 0 && seconds % 3_600 === 0) return unit(seconds / 3_600, 'hour');
  if (seconds > 0 && seconds % 60 === 0) return unit(seconds / 60, 'minute');
  return `${seconds} s`;
}
