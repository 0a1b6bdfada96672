// The return / refund / exchange lifecycle (R-1, R-3, R-6, L-2): which event may happen in which
// status, for which type of request.
export const RETURN_TYPES = ['refund_only', 'return_and_refund', 'exchange'] as const;
export type ReturnType = (typeof RETURN_TYPES)[number];

export const RETURN_STATUSES = [
  'requested', // awaiting the seller (WAIT_SELLER_AGREE)
  'agreed', // awaiting the buyer's shipment (WAIT_BUYER_RETURN_GOODS)
  'rejected', // awaiting the buyer's modification (SELLER_REFUSE_BUYER)
  'buyer_shipped', // awaiting the seller's receipt (WAIT_SELLER_CONFIRM_GOODS)
  'received',
  'inspected',
  'refund_pending', // with finance
  'refunded', // SUCCESS
  'replacement_shipped',
  'delivered',
  'closed', // CLOSED
  'cancelled',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_EVENTS = [
  'agree',
  'reject',
  'modify',
  'request_correction',
  'modify_shipped',
  'ship',
  'receive',
  'inspect',
  'request_refund',
  'refund_paid',
  'ship_replacement',
  'deliver',
  'close',
  'cancel',
] as const;
export type ReturnEvent = (typeof RETURN_EVENTS)[number];

const ALL: readonly ReturnType[] = RETURN_TYPES;
const WITH_GOODS: readonly ReturnType[] = ['return_and_refund', 'exchange'];

interface Transition {
  from: readonly ReturnStatus[];
  to: ReturnStatus;
  types: readonly ReturnType[];
}

const TRANSITIONS: Record<ReturnEvent, Transition[]> = {
  // the seller checks amount and reason, and agrees...
  agree: [{ from: ['requested'], to: 'agreed', types: ALL }],
  // ...or rejects; the buyer sees the reason and modifies. R-3 limits this for no-reason returns.
  reject: [{ from: ['requested'], to: 'rejected', types: ALL }],
  modify: [{ from: ['rejected'], to: 'requested', types: ALL }],
  // a correction asked of a buyer whose goods are already on their way; the answer puts it back.
  request_correction: [{ from: ['buyer_shipped'], to: 'rejected', types: WITH_GOODS }],
  modify_shipped: [{ from: ['rejected'], to: 'buyer_shipped', types: WITH_GOODS }],
  // waybill entered by the buyer.
  ship: [{ from: ['agreed'], to: 'buyer_shipped', types: WITH_GOODS }],
  receive: [{ from: ['buyer_shipped'], to: 'received', types: WITH_GOODS }],
  // the warehouse opens the parcel and writes the return-detail sheet.
  inspect: [{ from: ['received'], to: 'inspected', types: WITH_GOODS }],
  request_refund: [
    // Refund only: no goods come back.
    { from: ['agreed'], to: 'refund_pending', types: ['refund_only'] },
    // after inspection; or R-8 (seller never confirmed receipt) and L-2 (parcel lost) from in transit.
    { from: ['inspected', 'buyer_shipped'], to: 'refund_pending', types: ['return_and_refund'] },
  ],
  refund_paid: [{ from: ['refund_pending'], to: 'refunded', types: ['refund_only', 'return_and_refund'] }],
  ship_replacement: [
    // R-6 after inspection; L-2 a lost return parcel is replaced without waiting for the claim; a
    // damaged or lost replacement is shipped again.
    { from: ['inspected', 'buyer_shipped', 'replacement_shipped'], to: 'replacement_shipped', types: ['exchange'] },
  ],
  deliver: [{ from: ['replacement_shipped'], to: 'delivered', types: ['exchange'] }],
  close: [
    { from: ['delivered'], to: 'closed', types: ['exchange'] },
    // the buyer never shipped or never modified.
    { from: ['agreed', 'rejected'], to: 'closed', types: ALL },
    // refund refused (not resellable, no quality problem) or the exchange's shipping fee never paid.
    { from: ['inspected'], to: 'closed', types: WITH_GOODS },
  ],
  // Withdrawn before any goods are on their way.
  cancel: [{ from: ['requested', 'agreed', 'rejected'], to: 'cancelled', types: ALL }],
};

/** The status after `event`, or `undefined` when the event is not allowed in `status` for `type`. */
export function nextReturnStatus(type: ReturnType, status: ReturnStatus, event: ReturnEvent): ReturnStatus | undefined {
  return TRANSITIONS[event].find((t) => t.types.includes(type) && t.from.includes(status))?.to;
}

export function allowedReturnEvents(type: ReturnType, status: ReturnStatus): ReturnEvent[] {
  return RETURN_EVENTS.filter((event) => nextReturnStatus(type, status, event) !== undefined);
}

export function isFinalReturnStatus(status: ReturnStatus): boolean {
  return status === 'refunded' || status === 'closed' || status === 'cancelled';
}
