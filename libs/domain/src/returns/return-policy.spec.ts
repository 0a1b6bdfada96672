import { RETURN_TYPES } from './return-lifecycle';
import {
  clockTimeMs,
  DEFAULT_RETURN_POLICY_TERMS,
  GOODS_STATES,
  returnPolicyProblems,
  ReturnPolicyTerms,
  sellerConfirmSeconds,
  sellerSilenceRule,
  WarehouseBatchRule,
} from './return-policy';

const HOUR = 3_600;
const DAY = 24 * HOUR;

// Distinct values, so that each rule is seen to read its own field rather than a constant.
const CUSTOM: ReturnPolicyTerms = {
  ...DEFAULT_RETURN_POLICY_TERMS,
  sellerSilentSeconds: 11,
  sellerSilentVirtualSeconds: 12,
  sellerSilentNotReceivedSeconds: 13,
  sellerSilentNotShippedSeconds: 14,
  sellerConfirmExpressSeconds: 15,
  sellerConfirmSurfaceSeconds: 16,
};

const NUMERIC_FIELDS = (Object.keys(DEFAULT_RETURN_POLICY_TERMS) as Array<keyof ReturnPolicyTerms>).filter(
  (field): field is Exclude<keyof ReturnPolicyTerms, 'warehouseBatch'> => field !== 'warehouseBatch',
);
const DURATION_FIELDS = NUMERIC_FIELDS.filter((field) => field !== 'shippingFeeFen');

function withTerms(change: Partial<ReturnPolicyTerms>): ReturnPolicyTerms {
  return { ...DEFAULT_RETURN_POLICY_TERMS, ...change };
}

function withBatch(change: Partial<WarehouseBatchRule>): ReturnPolicyTerms {
  return withTerms({ warehouseBatch: { ...DEFAULT_RETURN_POLICY_TERMS.warehouseBatch!, ...change } });
}

describe('sellerSilenceRule', () => {
  it('R-8: refund only, paid and not shipped, seller silent 24 h → refunded', () => {
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'not_shipped', virtualGoods: false }, DEFAULT_RETURN_POLICY_TERMS)).toEqual({
      seconds: 24 * HOUR,
      action: 'refund',
      rule: expect.stringContaining('R-8'),
    });
  });

  it('R-8: refund only, parcel in transit (not yet received), seller silent 36 h → agreed', () => {
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'in_transit', virtualGoods: false }, DEFAULT_RETURN_POLICY_TERMS)).toEqual({
      seconds: 36 * HOUR,
      action: 'agree',
      rule: expect.stringContaining('R-8'),
    });
  });

  it('R-8: the refund-only branches take precedence over virtual goods', () => {
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'not_shipped', virtualGoods: true }, DEFAULT_RETURN_POLICY_TERMS)).toMatchObject({
      seconds: 24 * HOUR,
      action: 'refund',
    });
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'in_transit', virtualGoods: true }, DEFAULT_RETURN_POLICY_TERMS)).toMatchObject({
      seconds: 36 * HOUR,
      action: 'agree',
    });
  });

  it('R-8: refund only with the goods received falls back to the general 5 days (3 for virtual goods)', () => {
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'received', virtualGoods: false }, DEFAULT_RETURN_POLICY_TERMS)).toMatchObject({
      seconds: 5 * DAY,
      action: 'agree',
    });
    expect(sellerSilenceRule({ type: 'refund_only', goodsState: 'received', virtualGoods: true }, DEFAULT_RETURN_POLICY_TERMS)).toMatchObject({
      seconds: 3 * DAY,
      action: 'agree',
    });
  });

  const WITH_GOODS = RETURN_TYPES.filter((type) => type !== 'refund_only').flatMap((type) => GOODS_STATES.map((goodsState) => [type, goodsState] as const));

  it.each(WITH_GOODS)('R-8: %s (goods %s), seller silent 5 days → agreed', (type, goodsState) => {
    expect(sellerSilenceRule({ type, goodsState, virtualGoods: false }, DEFAULT_RETURN_POLICY_TERMS)).toEqual({
      seconds: 5 * DAY,
      action: 'agree',
      rule: expect.stringContaining('R-8'),
    });
  });

  it.each(WITH_GOODS)('R-8: %s (goods %s) of virtual goods, seller silent 3 days → agreed', (type, goodsState) => {
    expect(sellerSilenceRule({ type, goodsState, virtualGoods: true }, DEFAULT_RETURN_POLICY_TERMS)).toEqual({
      seconds: 3 * DAY,
      action: 'agree',
      rule: expect.stringMatching(/virtual.*R-8/),
    });
  });

  it('R-8: each branch reads its own term from the policy version it is given', () => {
    const rule = (type: (typeof RETURN_TYPES)[number], goodsState: (typeof GOODS_STATES)[number], virtualGoods: boolean) =>
      sellerSilenceRule({ type, goodsState, virtualGoods }, CUSTOM).seconds;
    expect(rule('refund_only', 'not_shipped', false)).toBe(14);
    expect(rule('refund_only', 'in_transit', false)).toBe(13);
    expect(rule('exchange', 'received', true)).toBe(12);
    expect(rule('return_and_refund', 'received', false)).toBe(11);
  });
});

describe('sellerConfirmSeconds', () => {
  it('R-8: the seller has 10 days to confirm receipt of an express parcel', () => {
    expect(sellerConfirmSeconds('express', DEFAULT_RETURN_POLICY_TERMS)).toBe(10 * DAY);
  });

  it('R-8: the seller has 30 days to confirm receipt of a surface-post parcel', () => {
    expect(sellerConfirmSeconds('surface', DEFAULT_RETURN_POLICY_TERMS)).toBe(30 * DAY);
  });

  it('R-8: reads the terms it is given', () => {
    expect(sellerConfirmSeconds('express', CUSTOM)).toBe(15);
    expect(sellerConfirmSeconds('surface', CUSTOM)).toBe(16);
  });
});

describe('DEFAULT_RETURN_POLICY_TERMS', () => {
  it.each([
    ['R-8', 'sellerSilentSeconds', 5 * DAY],
    ['R-8', 'sellerSilentVirtualSeconds', 3 * DAY],
    ['R-8', 'sellerSilentNotReceivedSeconds', 36 * HOUR],
    ['R-8', 'sellerSilentNotShippedSeconds', 24 * HOUR],
    ['R-8', 'buyerModifySeconds', 5 * DAY],
    ['R-8', 'buyerShipSeconds', 7 * DAY],
    ['R-8', 'sellerConfirmExpressSeconds', 10 * DAY],
    ['R-8', 'sellerConfirmSurfaceSeconds', 30 * DAY],
    ['R-9', 'refundDueSeconds', 7 * DAY],
  ] as const)('%s: %s is %i seconds', (_rule, field, seconds) => {
    expect(DEFAULT_RETURN_POLICY_TERMS[field]).toBe(seconds);
  });

  it('R-5: the default warehouse batch is cut off at 16:00, the morning ends at 12:00, hand-over at 15:00, Shanghai time', () => {
    expect(DEFAULT_RETURN_POLICY_TERMS.warehouseBatch).toEqual({ cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: 'Asia/Shanghai' });
  });

  it('the remaining operational defaults are usable values', () => {
    expect(DEFAULT_RETURN_POLICY_TERMS.shippingFeeSeconds).toBe(3 * DAY);
    expect(DEFAULT_RETURN_POLICY_TERMS.shippingFeeFen).toBe(1_200);
    expect(DEFAULT_RETURN_POLICY_TERMS.departmentAnswerSeconds).toBe(DAY);
    expect(DEFAULT_RETURN_POLICY_TERMS.trackingPollSeconds).toBe(30 * 60);
  });
});

describe('returnPolicyProblems', () => {
  it('R-8: the defaults have no problems', () => {
    expect(returnPolicyProblems(DEFAULT_RETURN_POLICY_TERMS)).toEqual([]);
  });

  it('checks every numeric field of the terms', () => {
    expect(NUMERIC_FIELDS).toHaveLength(13);
  });

  it('R-5: no warehouse batch (each parcel handed over on arrival) is allowed', () => {
    expect(returnPolicyProblems(withTerms({ warehouseBatch: null }))).toEqual([]);
  });

  it('accepts one second as the shortest duration (drills run a request in a minute)', () => {
    const shortest = Object.fromEntries(DURATION_FIELDS.map((field) => [field, 1]));
    expect(returnPolicyProblems(withTerms(shortest))).toEqual([]);
  });

  const BAD_DURATIONS = DURATION_FIELDS.flatMap((field) => [0, -1, -DAY, 1.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY].map((value) => [field, value] as const));
  it.each(BAD_DURATIONS)('R-8: %s = %p is named as a problem', (field, value) => {
    expect(returnPolicyProblems(withTerms({ [field]: value }))).toEqual([`${field} must be a positive whole number`]);
  });

  it.each([
    ['refundConfirmationAboveFen', null],
    ['refundConfirmationAboveFen', 0],
    ['refundConfirmationAboveFen', 100_000],
    ['damageClaimAnswerSeconds', 1],
    ['damageClaimAnswerSeconds', 14 * DAY],
  ])('R-4, L-2: the later term %s = %p is accepted (absent too)', (field, value) => {
    expect(returnPolicyProblems(withTerms({ [field]: value }))).toEqual([]);
  });

  it.each([
    ['refundConfirmationAboveFen', -1],
    ['refundConfirmationAboveFen', 0.5],
    ['damageClaimAnswerSeconds', 0],
    ['damageClaimAnswerSeconds', 2.5],
    ['damageClaimAnswerSeconds', null],
  ])('R-4, L-2: the later term %s = %p is named as a problem', (field, value) => {
    const problems = returnPolicyProblems(withTerms({ [field]: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${field} `));
  });

  it('R-6: the shipping fee may be zero', () => {
    expect(returnPolicyProblems(withTerms({ shippingFeeFen: 0 }))).toEqual([]);
  });

  it.each([-1, 0.5, 1_200.5, Number.NaN])('R-6: shippingFeeFen = %p is named as a problem', (value) => {
    const problems = returnPolicyProblems(withTerms({ shippingFeeFen: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^shippingFeeFen /);
  });

  it('names every bad field, not only the first', () => {
    const problems = returnPolicyProblems(withTerms({ sellerSilentSeconds: 0, buyerShipSeconds: -5, trackingPollSeconds: 2.5 }));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/sellerSilentSeconds/);
    expect(problems.join('\n')).toMatch(/buyerShipSeconds/);
    expect(problems.join('\n')).toMatch(/trackingPollSeconds/);
  });

  const BAD_CLOCKS = (['cutoff', 'morningEnds', 'handoverAt'] as const).flatMap((field) =>
    ['24:00', '16:60', '9:00', '16', '16:00:00', '4pm', ' 16:00', ''].map((value) => [field, value] as const),
  );
  it.each(BAD_CLOCKS)('R-5: warehouseBatch.%s = %p is named as a problem', (field, value) => {
    expect(returnPolicyProblems(withBatch({ [field]: value }))).toEqual([`warehouseBatch.${field} must be a time of day like 16:00`]);
  });

  it.each([
    ['00:00', '00:00', '00:01'],
    ['09:05', '12:00', '16:00'],
    ['11:00', '15:00', '23:59'],
  ])('R-5: morning until %s, hand-over at %s, cut-off at %s are valid times of day', (morningEnds, handoverAt, cutoff) => {
    expect(returnPolicyProblems(withBatch({ cutoff, morningEnds, handoverAt }))).toEqual([]);
  });

  it.each([
    ['13:00', '12:00', '16:00'],
    ['09:00', '16:00', '16:00'],
    ['09:00', '17:00', '16:00'],
  ])('R-5: morning until %s, hand-over at %s, cut-off at %s are out of order', (morningEnds, handoverAt, cutoff) => {
    expect(returnPolicyProblems(withBatch({ cutoff, morningEnds, handoverAt }))).toEqual(['warehouseBatch times must run morningEnds ≤ handoverAt < cutoff']);
  });

  it.each(['Mars/Phobos', 'Asia/Beijing'])('R-5: the unknown time zone %p is named as a problem', (timeZone) => {
    expect(returnPolicyProblems(withBatch({ timeZone }))).toEqual([`warehouseBatch.timeZone ${timeZone} is not a known time zone`]);
  });

  it('R-5: a missing time zone is named as a problem', () => {
    expect(returnPolicyProblems(withBatch({ timeZone: '' }))).toEqual(['warehouseBatch.timeZone is required']);
  });

  it('names a duration the stored terms lack, and a missing warehouse rule', () => {
    const { buyerShipSeconds: _dropped, warehouseBatch: _none, ...partial } = DEFAULT_RETURN_POLICY_TERMS;
    expect(returnPolicyProblems(partial as unknown as ReturnPolicyTerms)).toEqual([
      'buyerShipSeconds must be a positive whole number',
      'warehouseBatch must be given (null hands parcels over as they arrive)',
    ]);
  });

  it.each(['Asia/Shanghai', 'Europe/Berlin', 'UTC'])('R-5: the time zone %s is accepted', (timeZone) => {
    expect(returnPolicyProblems(withBatch({ timeZone }))).toEqual([]);
  });

  it('reports duration and warehouse-batch problems together', () => {
    const terms = { ...withBatch({ cutoff: '25:00', timeZone: 'Nowhere/Land' }), refundDueSeconds: 0 };
    expect(returnPolicyProblems(terms)).toEqual([
      'refundDueSeconds must be a positive whole number',
      'warehouseBatch.cutoff must be a time of day like 16:00',
      'warehouseBatch.timeZone Nowhere/Land is not a known time zone',
    ]);
  });
});

describe('clockTimeMs', () => {
  it.each([
    ['00:00', 0],
    ['00:01', 60_000],
    ['12:00', 12 * 3_600_000],
    ['15:00', 15 * 3_600_000],
    ['16:00', 16 * 3_600_000],
    ['23:59', 23 * 3_600_000 + 59 * 60_000],
  ])('%s is %i ms after midnight', (value, ms) => {
    expect(clockTimeMs(value)).toBe(ms);
  });

  it.each(['24:00', '12:60', '7:00', '', '12:00:00', 'noon', '12:00 '])('%p is not a time of day', (value) => {
    expect(() => clockTimeMs(value)).toThrow(RangeError);
    expect(() => clockTimeMs(value)).toThrow(`not a time of day: ${value}`);
  });
});
