import { ActivityFailure, patched } from '@temporalio/workflow';
import { chinaDateTime, trackingStateText } from '@libs/domain/messages/tracking-text';
import type { TrackingEvent } from '@libs/departments/ports';
import { described, POLL_READ } from '../shared';
import { fileDamageClaim } from './damage-claims';
import { tellCustomer } from './notify';
import { TRACKING_RESULT_PUBLISHED_AT_ONCE, TRACKING_RESULT_TOLD } from './patches';
import { requestRefund } from './refund';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';
import type { ParcelView } from './return.contract';

const FINAL_PARCEL_STATES = ['delivered', 'damaged', 'lost'];

/** L-1: when the parcel on its way is tracked next; undefined when none is, or it reached a final state. */
export function nextPollAt(run: ReturnRun): number | undefined {
  const parcel = run.c.currentParcel();
  if (!parcel || FINAL_PARCEL_STATES.includes(parcel.lastState ?? '')) return undefined;
  return run.lastPollAt + run.terms.trackingPollSeconds * 1000;
}

/** L-1: asks the courier where the parcel is; its final state moves the request on. */
export async function pollParcel(run: ReturnRun, parcel: ParcelView): Promise<void> {
  const { c, input } = run;
  run.lastPollAt = Date.now();
  let events: TrackingEvent[];
  try {
    // L-1: a read; one that fails is simply asked again at the next poll.
    events = await described(`Courier: track ${parcel.purpose} waybill ${parcel.waybillNo} (L-1)`, POLL_READ).trackWaybill({ waybillNo: parcel.waybillNo });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    // Not yet known to the courier, or unreachable: asked again next round.
    if (patched(TRACKING_RESULT_TOLD)) noteQuery(run, parcel, { at: new Date().toISOString(), result: 'no_answer', courierAgentId: null });
    return;
  }
  const last = c.track(parcel, events).at(-1);
  if (patched(TRACKING_RESULT_TOLD)) await noteAndTell(run, parcel, events.at(-1), last);
  if (!last) return;
  if (last.state === 'delivered' && parcel.purpose === 'return' && c.status === 'buyer_shipped') {
    // L-1, R-4: delivered to the warehouse counts as received, unless a person confirmed it first.
    c.apply('receive', SYSTEM, `delivered to the warehouse at ${last.at} (courier ${last.courierAgentId})`);
    c.goodsReceived();
    await tellCustomer(run, 'return-received', 'return_received', { waybillNo: parcel.waybillNo }, { subject: `Return ${input.returnNo}: received`, body: `Your parcel ${parcel.waybillNo} reached our warehouse.` });
  } else if (last.state === 'delivered' && parcel.purpose === 'replacement' && c.status === 'replacement_shipped') {
    c.apply('deliver', SYSTEM, `replacement delivered at ${last.at} (courier ${last.courierAgentId})`);
    c.apply('close', SYSTEM, 'exchange completed');
    c.finish('replaced');
  } else if (last.state === 'damaged' || last.state === 'lost') {
    await fileDamageClaim(run, parcel, last);
    // L-2: the customer's case goes on without waiting for the claim.
    if (parcel.purpose === 'return' && input.type !== 'exchange' && c.status === 'buyer_shipped') requestRefund(run, SYSTEM, `return parcel ${last.state} in transit: refunded without waiting for the claim (L-2)`);
    else run.replacementWanted = true;
  }
}

/**
 * L-1: every query's result is noted on the parcel with the courier's agent id and the date (each new
 * event is also on the timeline), and a new state is told to the customer; a return reaching the
 * warehouse is told by its own message.
 */
async function noteAndTell(run: ReturnRun, parcel: ParcelView, latest: TrackingEvent | undefined, fresh: TrackingEvent | undefined): Promise<void> {
  noteQuery(run, parcel, { at: new Date().toISOString(), result: latest?.state ?? 'no_events', courierAgentId: latest?.courierAgentId ?? null });
  if (!fresh || (fresh.state === 'delivered' && parcel.purpose === 'return')) return;
  await tellCustomer(run, `tracking-${parcel.waybillNo}-${fresh.state}`, 'tracking_update', { waybillNo: parcel.waybillNo, state: trackingStateText(fresh.state), date: chinaDateTime(fresh.at) });
}

/** L-1: the query's result on the parcel, published to the read model at once (a new state version, no timeline entry). */
function noteQuery(run: ReturnRun, parcel: ParcelView, query: NonNullable<ParcelView['lastQuery']>): void {
  parcel.lastQuery = query;
  if (patched(TRACKING_RESULT_PUBLISHED_AT_ONCE)) run.c.noted();
}
