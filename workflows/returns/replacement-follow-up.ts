import { patched } from '@temporalio/workflow';
import { described } from '../shared';
import { REPLACEMENT_DELIVERED_STARTS_FOLLOW_UP } from './patches';
import type { ReturnRun } from './return-run';

/**
 * An exchange whose replacement was delivered starts the customer's follow-up call (received, intact,
 * problem solved?), for the customer's own agent. The emit is idempotent on the return number: a
 * retried or repeated emit starts no second plan.
 */
export async function followUpDeliveredReplacement(run: ReturnRun): Promise<void> {
  const { c, input } = run;
  const delivered = input.type === 'exchange' && c.status === 'closed' ? c.parcels.filter((p) => p.purpose === 'replacement' && p.lastState === 'delivered').at(-1) : undefined;
  if (!delivered || !patched(REPLACEMENT_DELIVERED_STARTS_FOLLOW_UP)) return;
  const at = delivered.events.at(-1)?.at;
  await described(`Start the follow-up of the replacement delivered on waybill ${delivered.waybillNo}`).emitFollowUpEvent({
    kind: 'replacement_delivered',
    id: input.returnNo,
    customerId: input.customerId,
    occurredAt: at ? Date.parse(at) : Date.now(),
  });
}
