import { GOODS_CLASSES, GoodsClass, NO_REASON_DAYS, noReasonEligibility } from './no-reason-return';

/** An instant given as Shanghai wall-clock time (UTC+8 all year, no DST). */
function shanghai(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute, second, ms);
}

const standard = (receivedAt: number) => ({ receivedAt, goodsClass: 'standard' as const });

describe('noReasonEligibility', () => {
  it('R-9: the period is seven days', () => {
    expect(NO_REASON_DAYS).toBe(7);
  });

  describe('R-9: seven days counted from the day after receipt, ending at Shanghai midnight after the seventh', () => {
    // Received 1 March 10:00 → days 2..8 March → ends 9 March 00:00 Shanghai (8 March 16:00 UTC).
    const receivedAt = shanghai(2025, 3, 1, 10);
    const end = shanghai(2025, 3, 9, 0);

    it('R-9: the end is Shanghai midnight, 16:00 UTC the day before', () => {
      expect(end).toBe(Date.UTC(2025, 2, 8, 16));
    });

    it('R-9: eligible right at receipt', () => {
      expect(noReasonEligibility(standard(receivedAt), receivedAt)).toEqual({ eligible: true, lastDay: '2025-03-08', until: end });
    });

    it('R-9: eligible exactly seven 24-hour days after receipt (the same clock time on the seventh day)', () => {
      expect(noReasonEligibility(standard(receivedAt), shanghai(2025, 3, 8, 10)).eligible).toBe(true);
    });

    it('R-9: eligible late on the seventh day', () => {
      expect(noReasonEligibility(standard(receivedAt), shanghai(2025, 3, 8, 23, 59, 59)).eligible).toBe(true);
    });

    it('R-9: eligible 1 ms before the end', () => {
      expect(noReasonEligibility(standard(receivedAt), end - 1)).toEqual({ eligible: true, lastDay: '2025-03-08', until: end });
    });

    it('R-9: refused at the end, naming the last day', () => {
      expect(noReasonEligibility(standard(receivedAt), end)).toEqual({
        eligible: false,
        reason: 'the seven days for a no-reason return ended on 2025-03-08 (R-9)',
      });
    });

    it('R-9: refused long after the end', () => {
      expect(noReasonEligibility(standard(receivedAt), shanghai(2025, 6, 1)).eligible).toBe(false);
    });
  });

  it('R-9: the time of day of receipt does not matter, only its Shanghai day', () => {
    const results = [shanghai(2025, 3, 1, 0), shanghai(2025, 3, 1, 12), shanghai(2025, 3, 1, 23, 59, 59, 999)].map((receivedAt) =>
      noReasonEligibility(standard(receivedAt), receivedAt),
    );
    for (const result of results) expect(result).toEqual({ eligible: true, lastDay: '2025-03-08', until: shanghai(2025, 3, 9) });
  });

  it('R-9: received late in the evening Shanghai time, the receipt day is that Shanghai day', () => {
    const receivedAt = shanghai(2025, 3, 1, 23, 30);
    expect(noReasonEligibility(standard(receivedAt), receivedAt)).toEqual({ eligible: true, lastDay: '2025-03-08', until: shanghai(2025, 3, 9) });
  });

  it('R-9: received early in the morning Shanghai time (still the previous day in UTC), the Shanghai day counts', () => {
    const receivedAt = shanghai(2025, 3, 2, 1, 30);
    expect(receivedAt).toBe(Date.UTC(2025, 2, 1, 17, 30));
    const result = noReasonEligibility(standard(receivedAt), receivedAt);
    expect(result).toEqual({ eligible: true, lastDay: '2025-03-09', until: shanghai(2025, 3, 10) });
    // Open until the end of 9 March Shanghai time, not one day earlier as the UTC date would suggest.
    expect(noReasonEligibility(standard(receivedAt), shanghai(2025, 3, 9, 23, 59)).eligible).toBe(true);
    expect(noReasonEligibility(standard(receivedAt), shanghai(2025, 3, 10, 0)).eligible).toBe(false);
  });

  it('R-9: Shanghai midnight separates two receipt days', () => {
    const midnight = shanghai(2025, 3, 2, 0);
    expect(noReasonEligibility(standard(midnight - 1), midnight)).toMatchObject({ eligible: true, lastDay: '2025-03-08' });
    expect(noReasonEligibility(standard(midnight), midnight)).toMatchObject({ eligible: true, lastDay: '2025-03-09' });
  });

  it.each([
    ['a month end', shanghai(2025, 4, 28, 15), '2025-05-05'],
    ['February in a common year', shanghai(2025, 2, 25, 15), '2025-03-04'],
    ['February in a leap year', shanghai(2024, 2, 25, 15), '2024-03-03'],
    ['the year end', shanghai(2024, 12, 28, 15), '2025-01-04'],
    ['New Year’s Eve late evening', shanghai(2025, 12, 31, 23, 59), '2026-01-07'],
  ])('R-9: lastDay across %s', (_label, receivedAt, lastDay) => {
    const result = noReasonEligibility(standard(receivedAt), receivedAt);
    expect(result).toMatchObject({ eligible: true, lastDay });
    const [y, m, d] = lastDay.split('-').map(Number);
    expect(result).toMatchObject({ until: shanghai(y, m, d + 1) });
  });

  const EXCLUDED = GOODS_CLASSES.filter((goodsClass) => goodsClass !== 'standard');

  it('R-9: five goods classes are excluded', () => {
    expect(EXCLUDED).toEqual(['custom_made', 'perishable', 'unsealed_digital', 'periodical', 'declared_non_returnable']);
  });

  it.each([
    ['custom_made', /custom-made/],
    ['perishable', /perishable/],
    ['unsealed_digital', /digital.*seal/],
    ['periodical', /newspapers and periodicals/],
    ['declared_non_returnable', /confirmed at purchase/],
  ] as Array<[GoodsClass, RegExp]>)('R-9: %s goods are refused with their own reason, even within the seven days', (goodsClass, naming) => {
    const receivedAt = shanghai(2025, 3, 1, 10);
    const result = noReasonEligibility({ receivedAt, goodsClass }, receivedAt + 60_000);
    expect(result.eligible).toBe(false);
    if (result.eligible) return;
    expect(result.reason).toMatch(naming);
    expect(result.reason).toMatch(/R-9/);
  });

  it('R-9: every excluded class has a reason of its own', () => {
    const receivedAt = shanghai(2025, 3, 1, 10);
    const reasons = EXCLUDED.map((goodsClass) => {
      const result = noReasonEligibility({ receivedAt, goodsClass }, receivedAt);
      return result.eligible ? '' : result.reason;
    });
    expect(reasons.every(Boolean)).toBe(true);
    expect(new Set(reasons).size).toBe(EXCLUDED.length);
  });

  it('R-9: a receipt in the future is refused', () => {
    const now = shanghai(2025, 3, 1, 10);
    expect(noReasonEligibility(standard(now + 1), now)).toEqual({ eligible: false, reason: 'goodsReceivedAt lies in the future' });
    expect(noReasonEligibility(standard(shanghai(2025, 3, 5)), now)).toEqual({ eligible: false, reason: 'goodsReceivedAt lies in the future' });
  });

  it('R-9: the shop’s own time zone can be given', () => {
    // Received 1 March 23:30 in Berlin (22:30 UTC, already 2 March in Shanghai): the Berlin day counts.
    const receivedAt = Date.UTC(2025, 2, 1, 22, 30);
    expect(noReasonEligibility(standard(receivedAt), receivedAt, 'Europe/Berlin')).toEqual({
      eligible: true,
      lastDay: '2025-03-08',
      until: Date.UTC(2025, 2, 8, 23), // 9 March 00:00 CET
    });
    expect(noReasonEligibility(standard(receivedAt), receivedAt)).toMatchObject({ eligible: true, lastDay: '2025-03-09' });
  });
});
