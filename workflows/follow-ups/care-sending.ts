import { patched, setCurrentDetails, sleep } from '@temporalio/workflow';
import { described, DB_BATCH, finalOn } from '../shared';

/**
 * F-5 for care messages (F-6, F-7): each message goes out at an allowed hour on the customer's own
 * clock (the `sendAt` the collecting activity computed from the policy's call hours and the
 * customer's time zone). Old branch: every message was sent as soon as its page was collected, at the
 * Schedule's 10:30 Asia/Shanghai, a working-day morning, and at night for a customer in London.
 */
export const CARE_MESSAGES_AT_CUSTOMER_CALL_HOURS = 'customer-care-2026-11-30-messages-at-customer-call-hours';

export interface CareMessageToSend {
  dedupeKey: string;
  customerNo: string;
  subject: string;
  body: string;
  sendAt: number;
}

// Pages of customers and batches of messages: batch calls; an unknown policy cannot succeed on a retry.
export const CARE_BATCH = finalOn(DB_BATCH, 'UnknownFollowUpPolicy');

/** Sends the messages in order of their time, waiting on a durable timer for each later time; returns how many were new. */
export async function sendAtCustomerCallHours(date: string, messages: CareMessageToSend[], batchSize: number): Promise<number> {
  const byTime = new Map<number, CareMessageToSend[]>();
  for (const m of messages) byTime.set(m.sendAt, [...(byTime.get(m.sendAt) ?? []), m]);
  let queued = 0;
  let sent = 0;
  for (const sendAt of [...byTime.keys()].sort((a, b) => a - b)) {
    const wait = sendAt - Date.now();
    if (wait > 0) {
      setCurrentDetails(`**Care run for ${date}:** ${sent} of ${messages.length} sent; the next ${byTime.get(sendAt)!.length} wait for ${new Date(sendAt).toISOString()}, an allowed hour on the customers' own clock (F-5)`);
      await sleep(wait);
    }
    const due = byTime.get(sendAt)!;
    for (let i = 0; i < due.length; i += batchSize) {
      const batch = due.slice(i, i + batchSize);
      queued += await described(`Send ${batch.length} care message(s) by SMS at the customers' call hours (F-5)`, CARE_BATCH).notifyBatch(batch.map(smsOf));
    }
    sent += due.length;
  }
  return queued;
}

function smsOf(m: CareMessageToSend) {
  return { dedupeKey: m.dedupeKey, channel: 'sms' as const, recipient: m.customerNo, subject: m.subject, body: m.body };
}

/** Whether this run follows the customers' call hours (a run started before the change does not). */
export function careAtCustomerCallHours(): boolean {
  return patched(CARE_MESSAGES_AT_CUSTOMER_CALL_HOURS);
}
