// Messages of the return workflow, importable by the API without pulling in workflow code.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import type { ReturnStatus, ReturnType } from '@libs/domain/returns/return-lifecycle';
import type { GoodsState, ShippingMethod } from '@libs/domain/returns/return-policy';
import type { CustomerRating, ReturnReason, ReturnSource } from '@libs/domain/returns/return-request';
import type { GoodsClass } from '@libs/domain/returns/no-reason-return';
import type { ShippingFeeDecision } from '@libs/domain/returns/return-decisions';
import type { Address, TrackingEvent } from '@libs/departments/ports/courier.port';

export interface ReturnItem {
  sku: string;
  quantity: number;
}

export interface ReturnInput {
  returnNo: string;
  type: ReturnType;
  /** where the request came from. */
  source: ReturnSource;
  customerId: string;
  customerNo: string;
  customerTier: CustomerTier;
  orderRef: string;
  items: ReturnItem[];
  /** The amount asked back, in fen (R-2: the seller checks it). */
  amountFen: number;
  reason: ReturnReason;
  description: string;
  goodsState: GoodsState;
  /** when the buyer received the goods; the no-reason window counts from here. */
  goodsReceivedAt?: string;
  goodsClass?: GoodsClass;
  virtualGoods?: boolean;
  /** Where a replacement goes; personal data, encrypted in Temporal payloads. */
  address?: Address;
  /** the customer paid the return postage, so the replacement ships without a further fee. */
  customerPaidReturnShipping?: boolean;
  /** the customer's rating of the purchase, when known. */
  customerRating?: CustomerRating;
  requestedBy: string;
  /** The return policy this request runs under: the latest version of this code at start. */
  policyCode?: string;
  /** Started by a complaint's remedy (C-10): the complaint already agreed to it. */
  complaintCaseNo?: string;
}

export interface TimelineEntry {
  at: string;
  event: string;
  by: string;
  note?: string;
}

/** A pending timeout: what the system does when it passes. */
export interface ReturnDeadline {
  id: 'seller_response' | 'buyer_modify' | 'buyer_ship' | 'seller_receipt' | 'refund_due' | 'shipping_fee' | 'inspection_queue';
  at: string;
  action: string;
}

/** A parcel tracked with the courier (L-1): the buyer's return or a replacement. */
export interface ParcelView {
  purpose: 'return' | 'replacement';
  courier: string;
  waybillNo: string;
  method: ShippingMethod;
  shippedAt: string;
  round: number;
  /** The courier's events so far, each with its agent id and date (L-1). */
  events: TrackingEvent[];
  lastState: TrackingEvent['state'] | null;
  /** L-1: the last tracking query: when, its result (the latest state, `no_events` or `no_answer`) and the courier's agent. */
  lastQuery?: { at: string; result: string; courierAgentId: string | null };
}

export interface InspectionView {
  resellable: boolean;
  qualityProblem: boolean;
  notes: string;
  photoRefs: string[];
  by: string;
  at: string;
}

/**
 * the refund asked of finance; its idempotency key is derived from the return. Above the policy's
 * threshold it first awaits a finance person's confirmation, who is named in `confirmedBy`.
 */
export interface RefundView {
  refundId: string;
  amountFen: number;
  status: 'awaiting_confirmation' | 'requested' | 'paid' | 'failed';
  /** who confirmed a refund above the threshold; absent when none was needed. */
  confirmedBy?: string | null;
  attempts: number;
  paymentId: string | null;
  failure: string | null;
}

export interface ExchangeView {
  shippingFee: ShippingFeeDecision | 'paid' | null;
  shippingFeeFen: number;
  paymentRef: string | null;
}

/** L-2, L-3: a claim filed with the courier; settled on its own, the request does not wait. */
export interface DamageClaimView {
  claimId: string;
  waybillNo: string;
  kind: 'damaged' | 'lost';
  filedAt: string;
}

export interface ReturnState {
  returnNo: string;
  type: ReturnType;
  status: ReturnStatus;
  source: ReturnSource;
  reason: ReturnReason;
  customerNo: string;
  orderRef: string;
  items: ReturnItem[];
  amountFen: number;
  description: string;
  goodsState: GoodsState;
  /** The handler who last acted for the seller. */
  handler: string | null;
  policy: { code: string; version: number } | null;
  /** the statutory refund deadline, 7 days after the goods came back. */
  refundDueAt: string | null;
  /** R-5: when the parcel reaches after-sales' inspection queue. */
  inspectionQueuedAt: string | null;
  rejection: { reason: string; by: string; round: number } | null;
  parcels: ParcelView[];
  inspection: InspectionView | null;
  refund: RefundView | null;
  exchange: ExchangeView | null;
  damageClaims: DamageClaimView[];
  deadlines: ReturnDeadline[];
  /** How the request ended: refunded, replaced, closed with a reason, cancelled. */
  result: string | null;
  complaintCaseNo: string | null;
  stateVersion: number;
  timeline: TimelineEntry[];
}

export interface ActorRequest {
  by: string;
}
export interface ApproveRequest extends ActorRequest {
  note?: string;
}
export interface RejectRequest extends ActorRequest {
  reason: string;
}
export interface ModifyRequest extends ActorRequest {
  amountFen?: number;
  description?: string;
}
export interface ShipRequest extends ActorRequest {
  courier: string;
  waybillNo: string;
  method?: ShippingMethod;
}
export interface ReceiveRequest extends ActorRequest {
  note?: string;
}
export interface InspectRequest extends ActorRequest {
  resellable: boolean;
  qualityProblem: boolean;
  notes: string;
  photoRefs?: string[];
}
export interface PayShippingRequest extends ActorRequest {
  paymentRef: string;
}
export interface CancelRequest extends ActorRequest {
  reason: string;
}

export const returnStateQuery = defineQuery<ReturnState>('returnState');
/** the seller agrees to the request. */
export const approveReturnUpdate = defineUpdate<ReturnState, [ApproveRequest]>('approveReturn');
/** the seller rejects with a reason the buyer sees; after shipment, asks for a correction. */
export const rejectReturnUpdate = defineUpdate<ReturnState, [RejectRequest]>('rejectReturn');
/** the buyer modifies a rejected request. */
export const modifyReturnUpdate = defineUpdate<ReturnState, [ModifyRequest]>('modifyReturn');
/** the buyer's courier and waybill number. */
export const shipReturnUpdate = defineUpdate<ReturnState, [ShipRequest]>('shipReturn');
/** the seller confirms receipt. */
export const receiveReturnUpdate = defineUpdate<ReturnState, [ReceiveRequest]>('receiveReturn');
/** the warehouse's return-detail sheet. */
export const inspectReturnUpdate = defineUpdate<ReturnState, [InspectRequest]>('inspectReturn');
/** the customer paid the replacement's shipping. */
export const payShippingUpdate = defineUpdate<ReturnState, [PayShippingRequest]>('payShipping');
/** a person with the finance role confirms a refund above the policy's threshold. */
export const confirmRefundUpdate = defineUpdate<ReturnState, [ActorRequest]>('confirmRefund');
/** a failed refund is asked of finance again, with the same idempotency key. */
export const retryRefundUpdate = defineUpdate<ReturnState, [ActorRequest]>('retryRefund');
export const cancelReturnUpdate = defineUpdate<ReturnState, [CancelRequest]>('cancelReturn');

/** What staff (or the buyer through staff) may do to a return, each with its request. */
export interface ReturnActions {
  approve: ApproveRequest;
  reject: RejectRequest;
  modify: ModifyRequest;
  ship: ShipRequest;
  receive: ReceiveRequest;
  inspect: InspectRequest;
  payShipping: PayShippingRequest;
  retryRefund: ActorRequest;
  confirmRefund: ActorRequest;
  cancel: CancelRequest;
}
export type ReturnAction = keyof ReturnActions;

/** The update that carries each action. */
export const RETURN_ACTION_UPDATES: { [A in ReturnAction]: UpdateDefinition<ReturnState, [ReturnActions[A]], string> } = {
  approve: approveReturnUpdate,
  reject: rejectReturnUpdate,
  modify: modifyReturnUpdate,
  ship: shipReturnUpdate,
  receive: receiveReturnUpdate,
  inspect: inspectReturnUpdate,
  payShipping: payShippingUpdate,
  retryRefund: retryRefundUpdate,
  confirmRefund: confirmRefundUpdate,
  cancel: cancelReturnUpdate,
};
