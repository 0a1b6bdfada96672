import { RETURN_STATUSES } from './return-lifecycle';
import { RETURN_REASONS, rejectionRefusal } from './return-request';

describe('rejectionRefusal', () => {
  it('R-3: a no-reason return cannot be rejected while requested', () => {
    expect(rejectionRefusal('no_reason_7_days', 'requested')).toBe(
      'a 7-day no-reason return cannot be rejected; a correction can be asked once the buyer has shipped (R-3)',
    );
  });

  it('R-3: a correction can be asked of a no-reason return once the buyer has shipped', () => {
    expect(rejectionRefusal('no_reason_7_days', 'buyer_shipped')).toBeNull();
  });

  it.each(RETURN_STATUSES.filter((status) => status !== 'requested'))('R-3: a no-reason return is not refused by this rule in status %s', (status) => {
    expect(rejectionRefusal('no_reason_7_days', status)).toBeNull();
  });

  it.each(RETURN_REASONS.filter((reason) => reason !== 'no_reason_7_days'))('R-2: a %s return may be rejected while requested', (reason) => {
    expect(rejectionRefusal(reason, 'requested')).toBeNull();
  });

  it('R-3: only the pair (no_reason_7_days, requested) is refused', () => {
    const refused = RETURN_REASONS.flatMap((reason) => RETURN_STATUSES.map((status) => [reason, status] as const)).filter(
      ([reason, status]) => rejectionRefusal(reason, status) !== null,
    );
    expect(refused).toEqual([['no_reason_7_days', 'requested']]);
  });
});
