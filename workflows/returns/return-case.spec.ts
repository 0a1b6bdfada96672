import { ApplicationFailure } from '@temporalio/common';
import { refusedField } from '../shared';
import { RETURN_STATUSES, RETURN_TYPES, ReturnStatus, ReturnType } from '@libs/domain/returns/return-lifecycle';
import { DEFAULT_RETURN_POLICY_TERMS } from '@libs/domain/returns/return-policy';
import type { ReturnReason } from '@libs/domain/returns/return-request';
import { ReturnCase } from './return-case';
import type { ReturnAction, ReturnActions, ReturnInput } from './return.contract';

// The update validators of a return, without a server: every action in every status of every request
// type, refused or accepted as R-1..R-6 say; and every malformed request refused naming its field.

function input(type: ReturnType, reason: ReturnReason = 'not_as_described'): ReturnInput {
  return {
    returnNo: 'RT-20261130-0001',
    type,
    source: 'own_shop',
    customerId: 'c-1',
    customerNo: 'CU-0001',
    customerTier: 'regular',
    orderRef: 'SO-1',
    items: [{ sku: 'EB-200', quantity: 1 }],
    amountFen: 25_900,
    reason,
    description: 'Colour differs from the listing',
    goodsState: 'received',
    requestedBy: 'AG-100',
  };
}

/** A case of this type in this status, with what that status implies (a parcel once shipped, a refund with finance). */
function caseIn(type: ReturnType, status: ReturnStatus, reason?: ReturnReason): ReturnCase {
  const c = new ReturnCase(input(type, reason));
  c.policy = { code: 'default', version: 1, terms: DEFAULT_RETURN_POLICY_TERMS };
  c.status = status;
  if (['buyer_shipped', 'received', 'inspected', 'refund_pending', 'refunded', 'replacement_shipped', 'delivered'].includes(status) && type !== 'refund_only') {
    c.addParcel({ purpose: 'return', courier: 'YTO', waybillNo: 'YT123456', method: 'express', shippedAt: '2026-11-30T01:00:00.000Z' });
  }
  if (status === 'refund_pending') c.refund = { refundId: 'RF-RT-20261130-0001', amountFen: 25_900, status: 'requested', attempts: 1, paymentId: null, failure: null };
  return c;
}

const by = 'AG-101';
/** A well-formed request for each action: only the state can refuse it. */
const REQUEST: ReturnActions = {
  approve: { by },
  reject: { by, reason: 'amount differs from the order' },
  modify: { by, amountFen: 19_900 },
  ship: { by: 'buyer', courier: 'YTO', waybillNo: 'YT98765432' },
  receive: { by: 'WH-001' },
  inspect: { by: 'WH-001', resellable: true, qualityProblem: false, notes: 'sealed' },
  payShipping: { by, paymentRef: 'PAY-1' },
  retryRefund: { by: 'FN-001' },
  confirmRefund: { by: 'FN-002' },
  cancel: { by, reason: 'changed my mind' },
};
const ACTIONS = Object.keys(REQUEST) as ReturnAction[];

const ALL = RETURN_TYPES;
const WITH_GOODS: ReturnType[] = ['return_and_refund', 'exchange'];
/** Where each action is accepted (by request type), written out from the rules; everything else is refused. */
const ACCEPTED: Record<ReturnAction, Array<[types: readonly ReturnType[], status: ReturnStatus, to: ReturnStatus]>> = {
  approve: [[ALL, 'requested', 'agreed']],
  reject: [
    [ALL, 'requested', 'rejected'],
    [WITH_GOODS, 'buyer_shipped', 'rejected'], // a correction asked after shipment
  ],
  modify: [[ALL, 'rejected', 'requested']],
  ship: [[WITH_GOODS, 'agreed', 'buyer_shipped']],
  receive: [[WITH_GOODS, 'buyer_shipped', 'received']],
  inspect: [[WITH_GOODS, 'received', 'inspected']],
  payShipping: [], // only with a fee due (below)
  retryRefund: [], // only after a failed payment (below)
  confirmRefund: [], // only a refund above the threshold (below)
  cancel: [[ALL, 'requested', 'cancelled'], [ALL, 'agreed', 'cancelled'], [ALL, 'rejected', 'cancelled']],
};

const combinations = ACTIONS.flatMap((action) => RETURN_TYPES.flatMap((type) => RETURN_STATUSES.map((status) => ({ action, type, status }))));
const acceptedTo = ({ action, type, status }: { action: ReturnAction; type: ReturnType; status: ReturnStatus }) =>
  ACCEPTED[action].find(([types, from]) => types.includes(type) && from === status)?.[2];

function refusalOf(check: () => void): { type: string | undefined; message: string; field?: string } | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    expect(error.nonRetryable).toBe(true);
    const field = refusedField(error);
    return { type: error.type ?? undefined, message: error.message, ...(field ? { field } : {}) };
  }
}

/** Checks the request and, when the validator says nothing, applies it; returns the refusal if any. */
function attempt<A extends ReturnAction>(c: ReturnCase, action: A, request: ReturnActions[A] = REQUEST[action]) {
  const before = JSON.stringify(c.snapshot([]));
  const refusal = refusalOf(() => c.check(action, request));
  // A validator never changes the case, refused or not.
  expect(JSON.stringify(c.snapshot([]))).toBe(before);
  return refusal;
}

describe('ReturnCase validators', () => {
  const refused = combinations.filter((row) => acceptedTo(row) === undefined);
  it.each(refused)('refuses $action on a $type request that is $status, naming the state', ({ action, type, status }) => {
    const c = caseIn(type, status);
    const refusal = attempt(c, action);
    expect(refusal).toEqual({ type: 'InvalidTransition', message: expect.stringContaining(status) });
  });

  const accepted = combinations.filter((row) => acceptedTo(row) !== undefined);
  it.each(accepted)('accepts $action on a $type request that is $status', ({ action, type, status }) => {
    const c = caseIn(type, status);
    expect(attempt(c, action)).toBeNull();
    c.perform(action, REQUEST[action]);
    expect(c.status).toBe(acceptedTo({ action, type, status }));
    expect(c.timeline.at(-1)).toMatchObject({ by: REQUEST[action].by });
  });

  it('has a row for every action in every status of every type', () => {
    expect(refused.length + accepted.length).toBe(ACTIONS.length * RETURN_TYPES.length * RETURN_STATUSES.length);
  });

  describe('refusals that depend on more than the status', () => {
    it.each(RETURN_TYPES)('R-3: a no-reason %s request cannot be rejected outright', (type) => {
      expect(attempt(caseIn(type, 'requested', 'no_reason_7_days'), 'reject')).toEqual({ type: 'InvalidTransition', message: expect.stringContaining('(R-3)') });
    });

    it.each(WITH_GOODS)('R-3: once a no-reason %s return is shipped, a correction may be asked', (type) => {
      expect(attempt(caseIn(type, 'buyer_shipped', 'no_reason_7_days'), 'reject')).toBeNull();
    });

    it.each(WITH_GOODS)('a %s request sent back for correction after shipment cannot be cancelled, but is modified back to shipped', (type) => {
      const c = caseIn(type, 'buyer_shipped');
      c.perform('reject', REQUEST.reject);
      expect(c.status).toBe('rejected');
      expect(attempt(c, 'cancel')).toEqual({ type: 'InvalidTransition', message: 'cannot cancel a request whose goods were shipped; it is rejected' });
      c.perform('modify', REQUEST.modify);
      expect(c.status).toBe('buyer_shipped');
    });

    const feeCases: Array<[string, (c: ReturnCase) => void, string | null]> = [
      ['a fee due', (c) => (c.exchange = { shippingFee: 'due', shippingFeeFen: 1_200, paymentRef: null }), null],
      ['a payment being confirmed', (c) => (c.exchange = { shippingFee: 'due', shippingFeeFen: 1_200, paymentRef: 'PAY-0' }), 'payment PAY-0 is being confirmed with finance'],
      ['the fee waived for a quality problem', (c) => (c.exchange = { shippingFee: 'waived_quality_problem', shippingFeeFen: 0, paymentRef: null }), 'no shipping fee is due on a request that is inspected'],
      ['the fee paid', (c) => (c.exchange = { shippingFee: 'paid', shippingFeeFen: 1_200, paymentRef: 'PAY-0' }), 'no shipping fee is due on a request that is inspected'],
      ['no fee decided yet', () => undefined, 'no shipping fee is due on a request that is inspected'],
    ];
    it.each(feeCases)('R-6: a shipping payment on an inspected exchange with %s', (_, given, message) => {
      const c = caseIn('exchange', 'inspected');
      given(c);
      expect(attempt(c, 'payShipping')).toEqual(message === null ? null : { type: 'InvalidTransition', message });
    });

    const refundCases: Array<[RefundStatus, string | null]> = [
      ['failed', null],
      ['requested', 'there is no failed refund to retry on a request that is refund_pending'],
      ['paid', 'there is no failed refund to retry on a request that is refund_pending'],
    ];
    it.each(refundCases)('R-4: a refund retry when the refund with finance is %s', (status, message) => {
      const c = caseIn('return_and_refund', 'refund_pending');
      c.refund = { ...c.refund!, status };
      expect(attempt(c, 'retryRefund')).toEqual(message === null ? null : { type: 'InvalidTransition', message });
    });

    const confirmCases: Array<[RefundStatus, string | null]> = [
      ['awaiting_confirmation', null],
      ['requested', 'there is no refund awaiting confirmation on a request that is refund_pending'],
      ['failed', 'there is no refund awaiting confirmation on a request that is refund_pending'],
      ['paid', 'there is no refund awaiting confirmation on a request that is refund_pending'],
    ];
    it.each(confirmCases)('R-1, R-4: a finance confirmation when the refund is %s', (status, message) => {
      const c = caseIn('return_and_refund', 'refund_pending');
      c.refund = { ...c.refund!, status };
      expect(attempt(c, 'confirmRefund')).toEqual(message === null ? null : { type: 'InvalidTransition', message });
    });

    it('R-1, R-4: a confirmed refund is asked of finance, naming who confirmed', () => {
      const c = caseIn('return_and_refund', 'refund_pending');
      c.refund = { ...c.refund!, status: 'awaiting_confirmation', attempts: 0 };
      c.perform('confirmRefund', REQUEST.confirmRefund);
      expect(c.refund).toMatchObject({ status: 'requested', confirmedBy: 'FN-002' });
      expect(c.timeline.at(-1)).toMatchObject({ event: 'refund_confirmed', by: 'FN-002' });
    });
  });

  // Who acts (`by`) is checked for every action by the shared update helper, before these.
  describe('malformed requests, refused naming the field whatever the state', () => {
    const rows: Array<[ReturnAction, Record<string, unknown>, string, string]> = [
      ['reject', { by }, 'reason', 'reason is required'],
      ['reject', { by, reason: '  ' }, 'reason', 'reason is required'],
      ['modify', { by }, 'amountFen', 'amountFen or description is required: the buyer changes what the seller rejected'],
      ['modify', { by, description: ' ' }, 'amountFen', 'amountFen or description is required: the buyer changes what the seller rejected'],
      ['modify', { by, amountFen: 0 }, 'amountFen', 'amountFen must be a positive whole number of fen'],
      ['modify', { by, amountFen: 10.5 }, 'amountFen', 'amountFen must be a positive whole number of fen'],
      ['ship', { by, waybillNo: 'YT98765432' }, 'courier', 'courier is required'],
      ['ship', { by, courier: 'YTO', waybillNo: 'YT 1' }, 'waybillNo', 'waybillNo must be 6 to 32 letters, digits or dashes'],
      ['ship', { by, courier: 'YTO' }, 'waybillNo', 'waybillNo must be 6 to 32 letters, digits or dashes'],
      ['ship', { by, courier: 'YTO', waybillNo: 'YT98765432', method: 'drone' }, 'method', 'method must be express or surface'],
      ['inspect', { by, qualityProblem: false, notes: 'x' }, 'resellable', 'resellable must be true or false'],
      ['inspect', { by, resellable: 'yes', qualityProblem: false, notes: 'x' }, 'resellable', 'resellable must be true or false'],
      ['inspect', { by, resellable: true, notes: 'x' }, 'qualityProblem', 'qualityProblem must be true or false'],
      ['inspect', { by, resellable: true, qualityProblem: false, notes: '' }, 'notes', 'notes is required'],
      ['payShipping', { by }, 'paymentRef', 'paymentRef is required'],
      ['cancel', { by }, 'reason', 'reason is required'],
    ];
    const states: ReturnStatus[] = ['requested', 'agreed', 'buyer_shipped', 'received', 'inspected', 'refund_pending', 'closed'];
    it.each(rows.flatMap(([action, request, field, message]) => states.map((status) => ({ action, request, field, message, status }))))(
      '$action $request in $status: $message',
      ({ action, request, field, message, status }) => {
        const c = caseIn('exchange', status);
        expect(attempt(c, action, request as never)).toEqual({ type: 'InvalidRequest', message, field });
      },
    );
  });
});

type RefundStatus = NonNullable<ReturnCase['refund']>['status'];
