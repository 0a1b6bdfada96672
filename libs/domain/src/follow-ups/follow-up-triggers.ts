// Follow-ups started by what happens to the customer (F-1, F-2, A-6, F-10): which event starts which
// plan, and the one key per event that makes a replayed or duplicated event start no second plan.
// Pure: no clock, no I/O (the trigger workflow bundles it).
import type { FollowUpTrigger } from './follow-up-types';

/**
 * What happened: a new customer file, the A-2 file events (a sale, delivery, repair, visit or
 * deal; a shipment of goods or parts, to a customer or a dealer), a replacement an exchange delivered,
 * a complaint closed after a department acted (F-10).
 */
export const FOLLOW_UP_EVENT_KINDS = [
  'customer_created',
  'sale',
  'delivery',
  'repair',
  'visit',
  'deal',
  'shipment',
  'dealer_shipment',
  'replacement_delivered',
  'complaint_closed_after_department',
] as const;
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENT_KINDS)[number];

/** The plan each event starts; `deal` (the K-8 hand-over of a deal's data) starts none. */
export const TRIGGER_OF_EVENT: Readonly<Record<FollowUpEventKind, FollowUpTrigger | null>> = {
  customer_created: 'new_customer', // within 3 days
  sale: 'delivery', // F-1 7DC, F-2 one month and one year
  delivery: 'delivery',
  repair: 'repair', // F-1 3DC
  visit: 'repair',
  deal: null,
  shipment: 'shipment', // F-1 day 3: received, intact?
  dealer_shipment: 'dealer_shipment', // F-1 days 3, 7 and 21
  replacement_delivered: 'exchange_replacement',
  complaint_closed_after_department: 'complaint_call_back', // F-10
};

/** One event: its kind, its own id (file event id, customer, return or complaint number), whose it is and when. */
export interface FollowUpEvent {
  kind: FollowUpEventKind;
  id: string;
  customerId: string;
  /** Epoch ms: the calls count from it. */
  occurredAt: number;
  /** Order, delivery note, repair order or waybill: the same one recorded twice is one event. */
  reference?: string;
}

/** What a plan records about the event that started it (shown in its view, stored with the plan). */
export interface FollowUpSource {
  event: FollowUpEventKind;
  id: string;
}

export function triggerOfEvent(kind: FollowUpEventKind): FollowUpTrigger | null {
  return TRIGGER_OF_EVENT[kind];
}

/**
 * The event's identity for "exactly once": its kind and id; for a file event with a reference, the
 * plan's trigger, the customer and the reference, so that the same order recorded twice, or its sale
 * and then its delivery, start one 7DC plan. Letters, digits and `._:;-` only (a workflow id part).
 */
export function followUpEventKey(event: FollowUpEvent): string {
  const trigger = triggerOfEvent(event.kind);
  const reference = event.reference?.trim();
  return reference && trigger ? `${trigger}:${event.customerId}:ref:${idPart(reference)}` : `${event.kind}:${idPart(event.id)}`;
}

/** Other characters as `_<hex>;` (and `_` itself), so that two different texts never give one key. */
const idPart = (text: string): string => text.replace(/[^A-Za-z0-9.:-]/g, (c) => `_${c.codePointAt(0)!.toString(16)};`);

/** The workflow that opens the event's plan: one per event, so a second start of it is refused. */
export function followUpTriggerWorkflowId(event: FollowUpEvent): string {
  return `follow-up-trigger-${followUpEventKey(event)}`;
}

/** The plan an event asks for, or null when the event starts none. */
export function triggeredPlan(event: FollowUpEvent): { trigger: FollowUpTrigger; occurredAt: number; reference: string; source: FollowUpSource } | null {
  const trigger = triggerOfEvent(event.kind);
  if (!trigger) return null;
  return { trigger, occurredAt: event.occurredAt, reference: event.reference?.trim() || event.id, source: { event: event.kind, id: event.id } };
}
