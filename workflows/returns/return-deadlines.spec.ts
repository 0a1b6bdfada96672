import { RETURN_STATUSES, RETURN_TYPES, ReturnStatus, ReturnType } from '@libs/domain/returns/return-lifecycle';
import { DEFAULT_RETURN_POLICY_TERMS, GoodsState, ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import { ReturnCase } from './return-case';
import { pendingDeadlines } from './return-deadlines';
import type { ReturnInput } from './return.contract';

// The timeouts pending in each status of each request type, without a server.

const T = DEFAULT_RETURN_POLICY_TERMS;
const SINCE = Date.parse('2026-11-30T02:00:00.000Z');
const SHIPPED = '2026-11-30T03:00:00.000Z';
const RECEIVED = Date.parse('2026-11-30T04:00:00.000Z');
const after = (from: number, seconds: number) => from + seconds * 1000;

function caseIn(type: ReturnType, status: ReturnStatus, over: Partial<ReturnInput> = {}, terms: ReturnPolicyTerms = T): ReturnCase {
  const c = new ReturnCase({
    returnNo: 'RT-20261130-0002',
    type,
    source: 'own_shop',
    customerId: 'c-1',
    customerNo: 'CU-0001',
    customerTier: 'regular',
    orderRef: 'SO-2',
    items: [{ sku: 'EB-200', quantity: 1 }],
    amountFen: 25_900,
    reason: 'quality_problem',
    description: 'Motor dead',
    goodsState: 'received',
    requestedBy: 'AG-100',
    ...over,
  });
  c.policy = { code: 'default', version: 1, terms };
  c.status = status;
  c.statusSince = SINCE;
  return c;
}

const ids = (c: ReturnCase) => pendingDeadlines(c).map((d) => d.id);

describe('pendingDeadlines', () => {
  it('has none before the policy is known', () => {
    const c = caseIn('return_and_refund', 'requested');
    c.policy = null;
    expect(pendingDeadlines(c)).toEqual([]);
  });

  // With nothing but the status set (no parcel, goods not back, nothing queued or due).
  const bare: Record<ReturnStatus, Record<ReturnType, string[]>> = {
    requested: { refund_only: ['seller_response'], return_and_refund: ['seller_response'], exchange: ['seller_response'] },
    agreed: { refund_only: [], return_and_refund: ['buyer_ship'], exchange: ['buyer_ship'] },
    rejected: { refund_only: ['buyer_modify'], return_and_refund: ['buyer_modify'], exchange: ['buyer_modify'] },
    buyer_shipped: { refund_only: ['seller_receipt'], return_and_refund: ['seller_receipt'], exchange: ['seller_receipt'] },
    received: { refund_only: [], return_and_refund: [], exchange: [] },
    inspected: { refund_only: [], return_and_refund: [], exchange: [] },
    refund_pending: { refund_only: [], return_and_refund: [], exchange: [] },
    refunded: { refund_only: [], return_and_refund: [], exchange: [] },
    replacement_shipped: { refund_only: [], return_and_refund: [], exchange: [] },
    delivered: { refund_only: [], return_and_refund: [], exchange: [] },
    closed: { refund_only: [], return_and_refund: [], exchange: [] },
    cancelled: { refund_only: [], return_and_refund: [], exchange: [] },
  };
  it.each(RETURN_STATUSES.flatMap((status) => RETURN_TYPES.map((type) => ({ status, type, expected: bare[status][type] }))))(
    '$type request that is $status: $expected',
    ({ status, type, expected }) => {
      expect(ids(caseIn(type, status))).toEqual(expected);
    },
  );

  const silence: Array<[string, ReturnType, GoodsState, boolean, number, string]> = [
    ['R-8: seller silent 5 days → agreed', 'return_and_refund', 'received', false, T.sellerSilentSeconds, 'agreed by the system'],
    ['R-8: virtual goods, 3 days → agreed', 'exchange', 'received', true, T.sellerSilentVirtualSeconds, 'agreed by the system'],
    ['R-8: refund only, parcel in transit, 36 h → agreed', 'refund_only', 'in_transit', false, T.sellerSilentNotReceivedSeconds, 'agreed by the system'],
    ['R-8: refund only, not shipped, 24 h → refunded', 'refund_only', 'not_shipped', false, T.sellerSilentNotShippedSeconds, 'refunded by the system'],
  ];
  it.each(silence)('%s', (_, type, goodsState, virtualGoods, seconds, action) => {
    expect(pendingDeadlines(caseIn(type, 'requested', { goodsState, virtualGoods }))).toEqual([{ id: 'seller_response', at: after(SINCE, seconds), action }]);
  });

  it.each([
    ['rejected', 'buyer_modify', T.buyerModifySeconds, 'closed: the buyer did not modify'],
    ['agreed', 'buyer_ship', T.buyerShipSeconds, 'closed: the buyer did not ship'],
  ] as const)('R-8: %s counts %s from the status change', (status, id, seconds, action) => {
    expect(pendingDeadlines(caseIn('exchange', status))).toEqual([{ id, at: after(SINCE, seconds), action }]);
  });

  it.each([
    ['express', T.sellerConfirmExpressSeconds, 'return_and_refund', 'refunded by the system'],
    ['surface', T.sellerConfirmSurfaceSeconds, 'return_and_refund', 'refunded by the system'],
    ['express', T.sellerConfirmExpressSeconds, 'exchange', 'received by the system'],
  ] as const)('R-8: a return shipped by %s is confirmed by the seller within its window (%s s), or the %s is taken on', (method, seconds, type, action) => {
    const c = caseIn(type, 'buyer_shipped');
    c.addParcel({ purpose: 'return', courier: 'YTO', waybillNo: 'YT123456', method, shippedAt: SHIPPED });
    expect(pendingDeadlines(c)).toEqual([{ id: 'seller_receipt', at: after(Date.parse(SHIPPED), seconds), action }]);
  });

  it.each(['received', 'inspected', 'refund_pending'] as const)('R-9: a refund is due after the goods came back, once, in %s', (status) => {
    const c = caseIn('return_and_refund', status);
    c.receivedAt = RECEIVED;
    expect(pendingDeadlines(c)).toEqual([{ id: 'refund_due', at: after(RECEIVED, T.refundDueSeconds), action: 'recorded as overdue and reported to the manager' }]);
    c.refundOverdueRecorded = true;
    expect(pendingDeadlines(c)).toEqual([]);
  });

  it('R-9: no refund is due on an exchange', () => {
    const c = caseIn('exchange', 'received');
    c.receivedAt = RECEIVED;
    expect(ids(c)).toEqual([]);
  });

  it('R-5: a received parcel reaches inspection at its batch time, before the refund deadline', () => {
    const c = caseIn('return_and_refund', 'received');
    c.receivedAt = RECEIVED;
    c.inspectionQueuedAt = after(RECEIVED, 3_600);
    expect(pendingDeadlines(c).map((d) => [d.id, d.at])).toEqual([
      ['inspection_queue', after(RECEIVED, 3_600)],
      ['refund_due', after(RECEIVED, T.refundDueSeconds)],
    ]);
    c.inspectionQueued = true;
    expect(ids(c)).toEqual(['refund_due']);
  });

  it('R-6: an unpaid shipping fee closes the exchange after its window', () => {
    const c = caseIn('exchange', 'inspected');
    c.exchange = { shippingFee: 'due', shippingFeeFen: T.shippingFeeFen, paymentRef: null };
    c.shippingFeeRequestedAt = SINCE;
    expect(pendingDeadlines(c)).toEqual([{ id: 'shipping_fee', at: after(SINCE, T.shippingFeeSeconds), action: 'closed: the shipping fee was not paid' }]);
    c.exchange = { ...c.exchange, shippingFee: 'paid' };
    expect(ids(c)).toEqual([]);
  });

  it('orders the deadlines earliest first, whatever the terms', () => {
    const c = caseIn('return_and_refund', 'received', {}, { ...T, refundDueSeconds: 60 });
    c.receivedAt = RECEIVED;
    c.inspectionQueuedAt = after(RECEIVED, 3_600);
    expect(ids(c)).toEqual(['refund_due', 'inspection_queue']);
  });
});
