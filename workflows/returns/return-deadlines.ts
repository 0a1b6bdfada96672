import { sellerConfirmSeconds, sellerSilenceRule } from '@libs/domain/returns/return-policy';
import type { ReturnCase } from './return-case';
import type { ReturnDeadline } from './return.contract';

export interface DueDeadline {
  id: ReturnDeadline['id'];
  at: number;
  action: string;
}

/** The timeouts pending in the request's current state, earliest first. */
export function pendingDeadlines(c: ReturnCase): DueDeadline[] {
  if (!c.policy) return [];
  const terms = c.policy.terms;
  const after = (from: number, seconds: number) => from + seconds * 1000;
  const due: DueDeadline[] = [];
  switch (c.status) {
    case 'requested': {
      const rule = sellerSilenceRule({ type: c.input.type, goodsState: c.input.goodsState, virtualGoods: !!c.input.virtualGoods }, terms);
      due.push({ id: 'seller_response', at: after(c.statusSince, rule.seconds), action: rule.action === 'refund' ? 'refunded by the system' : 'agreed by the system' });
      break;
    }
    case 'rejected':
      due.push({ id: 'buyer_modify', at: after(c.statusSince, terms.buyerModifySeconds), action: 'closed: the buyer did not modify' });
      break;
    case 'agreed':
      if (c.input.type !== 'refund_only') due.push({ id: 'buyer_ship', at: after(c.statusSince, terms.buyerShipSeconds), action: 'closed: the buyer did not ship' });
      break;
    case 'buyer_shipped': {
      const parcel = c.parcels.filter((p) => p.purpose === 'return').at(-1);
      const shippedAt = parcel ? Date.parse(parcel.shippedAt) : c.statusSince;
      const seconds = sellerConfirmSeconds(parcel?.method ?? 'express', terms);
      due.push({ id: 'seller_receipt', at: after(shippedAt, seconds), action: c.input.type === 'exchange' ? 'received by the system' : 'refunded by the system' });
      break;
    }
    case 'received':
      if (!c.inspectionQueued && c.inspectionQueuedAt !== null) due.push({ id: 'inspection_queue', at: c.inspectionQueuedAt, action: 'handed to after-sales for inspection' });
      break;
    case 'inspected':
      if (c.exchange?.shippingFee === 'due' && c.shippingFeeRequestedAt !== null) {
        due.push({ id: 'shipping_fee', at: after(c.shippingFeeRequestedAt, terms.shippingFeeSeconds), action: 'closed: the shipping fee was not paid' });
      }
      break;
  }
  // the refund is due 7 days after the goods came back; passing it is recorded, once.
  const refundPending = c.input.type !== 'exchange' && ['received', 'inspected', 'refund_pending'].includes(c.status);
  if (refundPending && c.receivedAt !== null && !c.refundOverdueRecorded) {
    due.push({ id: 'refund_due', at: after(c.receivedAt, terms.refundDueSeconds), action: 'recorded as overdue and reported to the manager' });
  }
  return due.sort((a, b) => a.at - b.at);
}
