/** L-1..L-3 and R-4: return pickups, replacement shipments, waybill tracking and damage/loss claims. */
export interface Address {
  name: string;
  phone: string;
  region: string;
  line: string;
}

export interface ShipmentRequest {
  caseNo: string;
  /** One booking per shipment id; a damaged or lost replacement is shipped again under a new one. */
  shipmentId?: string;
  to: Address;
  items: Array<{ sku: string; quantity: number }>;
}

/** Realistic states a waybill moves through; damaged and lost lead to a claim (L-2). */
export const TRACKING_STATES = ['created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'damaged', 'lost'] as const;
export type TrackingState = (typeof TRACKING_STATES)[number];

/** L-1: the courier's agent id, the date and the result are recorded for every query. */
export interface TrackingEvent {
  waybillNo: string;
  state: TrackingState;
  at: string;
  courierAgentId: string;
  note?: string;
}

/** L-2: what a written damage or loss claim must contain. */
export interface DamageClaimRequest {
  claimId: string;
  caseNo: string;
  waybillNo: string;
  kind: 'damaged' | 'lost';
  transactionRef: string;
  shipDate: string;
  destinationRegion: string;
  deliveryResult: string;
  goodsValueFen: number;
  courierAgentId: string;
  photoRefs: string[];
}

/** The courier's decision on a claim, answered later by callback. */
export interface DamageClaimDecision {
  claimNo: string;
  decision: 'accepted' | 'rejected';
  compensationFen: number;
  courierAgentId: string;
}

/** What the courier answers to a shipment booking: the waybill and the courier company's name (L-4). */
export interface ShipmentBooking {
  waybillNo: string;
  /** The courier company as the customer knows it, e.g. 顺丰速运. */
  courierName?: string;
}

/** L-4: what is checked before a shipment: stock of the items, the address and contact, the order's payment. */
export interface ShipmentReadinessRequest {
  /** One check per shipment attempt, e.g. `RT-…-R1-3`. */
  checkId: string;
  caseNo: string;
  orderRef: string;
  amountFen: number;
  /** False when nothing is to be paid (warranty parts, C-10): finance is not asked. Absent: asked. */
  paymentNeeded?: boolean;
  /** Absent on a request that has none: refused. */
  to?: Address;
  items: Array<{ sku: string; quantity: number }>;
}
