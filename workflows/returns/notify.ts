import { ActivityFailure, patched } from '@temporalio/workflow';
import type { MessageTemplateKey } from '@libs/domain/messages/message-templates';
import { described } from '../shared';
import { CUSTOMER_TEXTS_FROM_TEMPLATES } from './patches';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';

/** An SMS to the customer, sent once per key however often the workflow replays or retries. */
export function notifyCustomer(run: ReturnRun, key: string, subject: string, body: string): Promise<boolean> {
  const { input } = run;
  return described(`SMS to customer ${input.customerNo}: ${subject}`).notify({ dedupeKey: `${run.workflowId}:${key}`, channel: 'sms', recipient: input.customerNo, subject, body, caseNo: input.returnNo });
}

/**
 * An SMS to the customer from its message template (Chinese unless the customer's language has one),
 * once per key. `legacy` is the text a return started before templates still sends when replayed (a
 * message that did not exist then has none).
 * A template that cannot be rendered is noted on the case; the request goes on.
 */
export async function tellCustomer(run: ReturnRun, key: string, template: MessageTemplateKey, variables: Record<string, string | number>, legacy?: { subject: string; body: string }): Promise<boolean> {
  const { input } = run;
  if (!patched(CUSTOMER_TEXTS_FROM_TEMPLATES)) return legacy ? notifyCustomer(run, key, legacy.subject, legacy.body) : false;
  try {
    return await described(`SMS to customer ${input.customerNo}: ${template}`).sendCustomerMessage({
      dedupeKey: `${run.workflowId}:${key}`,
      template,
      channel: 'sms',
      customerNo: input.customerNo,
      variables: { returnNo: input.returnNo, ...variables },
      caseNo: input.returnNo,
    });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    run.c.changed('customer_message_not_sent', SYSTEM, `${template}: ${error.cause?.message ?? error.message}`);
    return false;
  }
}

/** A message in a staff inbox (`after-sales`, `manager`), once per key. */
export function notifyStaff(run: ReturnRun, key: string, recipient: string, subject: string, body: string): Promise<boolean> {
  return described(`Notify ${recipient}: ${subject}`).notify({ dedupeKey: `${run.workflowId}:${key}`, channel: 'staff-inbox', recipient, subject, body, caseNo: run.input.returnNo });
}
