import { described } from '../shared';
import type { ReturnRun } from './return-run';

/** An SMS to the customer, sent once per key however often the workflow replays or retries. */
export function notifyCustomer(run: ReturnRun, key: string, subject: string, body: string): Promise<boolean> {
  const { input } = run;
  return described(`SMS to customer ${input.customerNo}: ${subject}`).notify({ dedupeKey: `${run.workflowId}:${key}`, channel: 'sms', recipient: input.customerNo, subject, body, caseNo: input.returnNo });
}

/** A message in a staff inbox (`after-sales`, `manager`), once per key. */
export function notifyStaff(run: ReturnRun, key: string, recipient: string, subject: string, body: string): Promise<boolean> {
  return described(`Notify ${recipient}: ${subject}`).notify({ dedupeKey: `${run.workflowId}:${key}`, channel: 'staff-inbox', recipient, subject, body, caseNo: run.input.returnNo });
}
