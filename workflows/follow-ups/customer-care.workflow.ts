import { setCurrentDetails } from '@temporalio/workflow';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { described } from '../shared';
import { CARE_BATCH, careAtCustomerCallHours, CareMessageToSend, sendAtCustomerCallHours } from './care-sending';
import type { CustomerCareInput } from './follow-up.contract';


/** Customers per page of the run, and messages per notification call. */
const PAGE = 500;
const BATCH = 50;

/**
 * The daily care run, started by its Schedule: birthday greetings 2 to 7 days before and holiday
 * greetings (F-6), maintenance, inspection and insurance reminders a week ahead (F-7), by SMS through
 * the notification activity. Dedupe keys make a repeated or caught-up run send each message once.
 * F-5: collected first, each message then goes out at an allowed hour on the customer's own clock.
 */
export async function customerCareWorkflow(input: CustomerCareInput = {}): Promise<{ date: string; due: number; queued: number }> {
  const policyCode = input.policyCode ?? DEFAULT_FOLLOW_UP_POLICY_CODE;
  let offset: number | null = 0;
  let date = input.date;
  let due = 0;
  let queued = 0;
  const atCallHours = careAtCustomerCallHours();
  const pending: CareMessageToSend[] = [];
  while (offset !== null) {
    const page: { date: string; messages: Array<{ dedupeKey: string; customerNo: string; kind: string; subject: string; body: string; sendAt?: number }>; nextOffset: number | null } =
      await described(`Care messages due${date ? ` on ${date}` : ''}: customers from ${offset} (F-6, F-7)`, CARE_BATCH).collectCareMessages({ date, at: Date.now(), policyCode, offset, limit: PAGE });
    date = page.date;
    due += page.messages.length;
    if (atCallHours) pending.push(...page.messages.map((m) => ({ ...m, sendAt: m.sendAt ?? Date.now() })));
    else {
      for (let i = 0; i < page.messages.length; i += BATCH) {
        const batch = page.messages.slice(i, i + BATCH);
        queued += await described(`Send ${batch.length} care message(s) by SMS`, CARE_BATCH).notifyBatch(
          batch.map((m) => ({ dedupeKey: m.dedupeKey, channel: 'sms' as const, recipient: m.customerNo, subject: m.subject, body: m.body })),
        );
      }
    }
    offset = page.nextOffset;
    setCurrentDetails(`**Care run for ${date}:** ${due} message(s) due, ${queued} new`);
  }
  if (atCallHours) {
    queued = await sendAtCustomerCallHours(date!, pending, BATCH);
    setCurrentDetails(`**Care run for ${date}:** ${due} message(s) due, ${queued} new, each at the customer's call hours (F-5)`);
  }
  return { date: date!, due, queued };
}
