import { setCurrentDetails, sleep } from '@temporalio/workflow';
import type { QueuedMessageDelivery } from '../../activities/notifications/notify.activity';
import { described } from '../shared/activity-profiles';
import type { QueuedMessageInput } from './queued-message.contract';

/** How often, and how far apart, a message not yet in the outbox is looked for (its transaction may still be committing). */
const LOOKS_FOR_THE_ROW = 5;
const BETWEEN_LOOKS = '2 seconds';

/** What the Temporal UI shows of each outcome. */
const OUTCOME: Record<QueuedMessageDelivery, string> = {
  sent: 'handed to the gateway',
  already_sent: 'sent before; nothing more to do',
  kept_in_outbox: 'no gateway for its channel: the outbox is the delivery (GET /outbox)',
  refused: 'refused by the gateway: the reason is on the outbox row (last_error)',
  not_queued: `not in the outbox after ${LOOKS_FOR_THE_ROW} looks: the request that queued it was rolled back`,
};

/**
 * Delivers a message the API queued in the outbox in the same transaction as the fact it reports (the
 * parts-shipment SMS, L-4), by its channel's gateway. The gateway being down is retried until it
 * answers; a refusal is noted on the outbox row; without a gateway (development) the outbox is the
 * delivery. The API starts this as the last step of its transaction, so the row may not be visible yet.
 */
export async function queuedMessageWorkflow(input: QueuedMessageInput): Promise<QueuedMessageDelivery> {
  const deliver = described(`Deliver the queued message ${input.dedupeKey}`);
  setCurrentDetails(`**Delivering** ${input.dedupeKey}: retried while the gateway is down (see the pending activity)`);
  let outcome = await deliver.deliverQueuedMessage(input.dedupeKey);
  for (let look = 1; outcome === 'not_queued' && look < LOOKS_FOR_THE_ROW; look += 1) {
    setCurrentDetails(`**Not in the outbox yet** (look ${look} of ${LOOKS_FOR_THE_ROW}): its transaction may still be committing`);
    await sleep(BETWEEN_LOOKS);
    outcome = await deliver.deliverQueuedMessage(input.dedupeKey);
  }
  setCurrentDetails(`**${outcome}**: ${OUTCOME[outcome]}`);
  return outcome;
}
