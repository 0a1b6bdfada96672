import { DEFAULT_RETURN_POLICY_TERMS, WarehouseBatchRule } from './return-policy';
import { inspectionQueuedAt } from './warehouse-batch';

const SHANGHAI: WarehouseBatchRule = { cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: 'Asia/Shanghai' };
const BERLIN: WarehouseBatchRule = { ...SHANGHAI, timeZone: 'Europe/Berlin' };

/** An instant given as Shanghai wall-clock time (UTC+8 all year, no DST). */
function shanghai(year: number, month: number, day: number, hour: number, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute, second, ms);
}

describe('inspectionQueuedAt', () => {
  it('R-5: the default policy uses the Shanghai 16:00 / 12:00 / 15:00 batch', () => {
    expect(DEFAULT_RETURN_POLICY_TERMS.warehouseBatch).toEqual(SHANGHAI);
  });

  it('R-5: without a batch rule each parcel reaches after-sales as it arrives', () => {
    const arrived = shanghai(2025, 1, 15, 17, 30);
    expect(inspectionQueuedAt(arrived, null)).toBe(arrived);
  });

  it('R-5: the helper builds Shanghai instants as UTC+8', () => {
    expect(shanghai(2025, 1, 15, 8)).toBe(Date.UTC(2025, 0, 15, 0));
    expect(shanghai(2025, 1, 15, 2)).toBe(Date.UTC(2025, 0, 14, 18));
  });

  describe('Asia/Shanghai', () => {
    it.each([
      ['16:00:00 exactly', shanghai(2025, 1, 15, 16)],
      ['16:00:00.001', shanghai(2025, 1, 15, 16, 0, 0, 1)],
      ['17:30', shanghai(2025, 1, 15, 17, 30)],
      ['23:59:59.999', shanghai(2025, 1, 15, 23, 59, 59, 999)],
    ])('R-5: a parcel arriving at %s goes with the next day’s 15:00 batch', (_label, arrived) => {
      expect(inspectionQueuedAt(arrived, SHANGHAI)).toBe(shanghai(2025, 1, 16, 15));
    });

    it.each([
      ['00:00 (still the previous day in UTC)', shanghai(2025, 1, 16, 0)],
      ['07:59 (still the previous day in UTC)', shanghai(2025, 1, 16, 7, 59)],
      ['09:00', shanghai(2025, 1, 16, 9)],
      ['11:59', shanghai(2025, 1, 16, 11, 59)],
      ['11:59:59.999', shanghai(2025, 1, 16, 11, 59, 59, 999)],
    ])('R-5: a parcel arriving in the morning at %s goes with the same day’s 15:00 batch', (_label, arrived) => {
      expect(inspectionQueuedAt(arrived, SHANGHAI)).toBe(shanghai(2025, 1, 16, 15));
    });

    it.each([
      ['12:00 exactly', shanghai(2025, 1, 16, 12)],
      ['13:30', shanghai(2025, 1, 16, 13, 30)],
      ['15:00', shanghai(2025, 1, 16, 15)],
      ['15:59', shanghai(2025, 1, 16, 15, 59)],
      ['15:59:59', shanghai(2025, 1, 16, 15, 59, 59)],
      ['15:59:59.999', shanghai(2025, 1, 16, 15, 59, 59, 999)],
    ])('R-5: a parcel arriving at %s, between noon and the cut-off, goes at once', (_label, arrived) => {
      expect(inspectionQueuedAt(arrived, SHANGHAI)).toBe(arrived);
    });

    it('R-5: the evening’s parcels and the next morning’s form one batch', () => {
      const batch = [shanghai(2025, 1, 15, 16), shanghai(2025, 1, 15, 21, 10), shanghai(2025, 1, 16, 3), shanghai(2025, 1, 16, 11, 59)].map((t) =>
        inspectionQueuedAt(t, SHANGHAI),
      );
      expect(new Set(batch)).toEqual(new Set([shanghai(2025, 1, 16, 15)]));
    });

    it('R-5: the hand-over is never before the arrival', () => {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const arrived = shanghai(2025, 1, 15, 0, minute);
        expect(inspectionQueuedAt(arrived, SHANGHAI)).toBeGreaterThanOrEqual(arrived);
      }
    });

    it.each([
      ['a 31-day month end', shanghai(2025, 1, 31, 18), shanghai(2025, 2, 1, 15)],
      ['a 30-day month end', shanghai(2025, 4, 30, 16), shanghai(2025, 5, 1, 15)],
      ['February in a common year', shanghai(2025, 2, 28, 20), shanghai(2025, 3, 1, 15)],
      ['February in a leap year', shanghai(2024, 2, 28, 20), shanghai(2024, 2, 29, 15)],
      ['the leap day', shanghai(2024, 2, 29, 20), shanghai(2024, 3, 1, 15)],
      ['the year end', shanghai(2025, 12, 31, 22, 45), shanghai(2026, 1, 1, 15)],
    ])('R-5: after the cut-off on %s, the batch is the next day at 15:00', (_label, arrived, expected) => {
      expect(inspectionQueuedAt(arrived, SHANGHAI)).toBe(expected);
    });

    it('R-5: early on New Year’s Day in Shanghai (still 31 December in UTC) goes with 1 January’s batch', () => {
      const arrived = shanghai(2026, 1, 1, 2);
      expect(arrived).toBe(Date.UTC(2025, 11, 31, 18));
      expect(inspectionQueuedAt(arrived, SHANGHAI)).toBe(Date.UTC(2026, 0, 1, 7));
    });

    it('R-5: early on the 1st of a month in Shanghai (still the last of the month in UTC) goes with the 1st’s batch', () => {
      expect(inspectionQueuedAt(shanghai(2025, 3, 1, 6, 30), SHANGHAI)).toBe(shanghai(2025, 3, 1, 15));
    });
  });

  describe('other rules', () => {
    it('R-5: the rule’s own clock times are used', () => {
      const rule: WarehouseBatchRule = { cutoff: '18:30', morningEnds: '10:00', handoverAt: '14:15', timeZone: 'Asia/Shanghai' };
      expect(inspectionQueuedAt(shanghai(2025, 6, 10, 18, 29), rule)).toBe(shanghai(2025, 6, 10, 18, 29));
      expect(inspectionQueuedAt(shanghai(2025, 6, 10, 18, 30), rule)).toBe(shanghai(2025, 6, 11, 14, 15));
      expect(inspectionQueuedAt(shanghai(2025, 6, 10, 9, 59), rule)).toBe(shanghai(2025, 6, 10, 14, 15));
      expect(inspectionQueuedAt(shanghai(2025, 6, 10, 10, 0), rule)).toBe(shanghai(2025, 6, 10, 10, 0));
    });

    it('R-5: a UTC warehouse works on UTC wall-clock time', () => {
      const rule: WarehouseBatchRule = { ...SHANGHAI, timeZone: 'UTC' };
      expect(inspectionQueuedAt(Date.UTC(2025, 0, 15, 16), rule)).toBe(Date.UTC(2025, 0, 16, 15));
      expect(inspectionQueuedAt(Date.UTC(2025, 0, 15, 11, 59), rule)).toBe(Date.UTC(2025, 0, 15, 15));
      expect(inspectionQueuedAt(Date.UTC(2025, 0, 15, 12), rule)).toBe(Date.UTC(2025, 0, 15, 12));
    });

    // Europe/Berlin: CET (UTC+1) until 2025-03-30 01:00 UTC, CEST (UTC+2) until 2025-10-26 01:00 UTC.
    it('R-5: Europe/Berlin in winter (UTC+1)', () => {
      expect(inspectionQueuedAt(Date.UTC(2025, 0, 15, 15), BERLIN)).toBe(Date.UTC(2025, 0, 16, 14)); // 16:00 CET → 15:00 CET
      expect(inspectionQueuedAt(Date.UTC(2025, 0, 15, 14, 59), BERLIN)).toBe(Date.UTC(2025, 0, 15, 14, 59)); // 15:59 CET, at once
    });

    it('R-5: Europe/Berlin, after the cut-off on the eve of the spring change: 15:00 CEST next day', () => {
      // 2025-03-29 17:00 CET → 2025-03-30 15:00 CEST.
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 29, 16), BERLIN)).toBe(Date.UTC(2025, 2, 30, 13));
    });

    it('R-5: Europe/Berlin, the morning of the spring change, before and after the skipped hour', () => {
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 30, 0, 30), BERLIN)).toBe(Date.UTC(2025, 2, 30, 13)); // 01:30 CET
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 30, 1, 30), BERLIN)).toBe(Date.UTC(2025, 2, 30, 13)); // 03:30 CEST
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 30, 9, 59), BERLIN)).toBe(Date.UTC(2025, 2, 30, 13)); // 11:59 CEST
    });

    it('R-5: Europe/Berlin, the cut-off on the day of the spring change is 16:00 CEST', () => {
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 30, 13, 59, 59), BERLIN)).toBe(Date.UTC(2025, 2, 30, 13, 59, 59)); // 15:59:59 CEST
      expect(inspectionQueuedAt(Date.UTC(2025, 2, 30, 14), BERLIN)).toBe(Date.UTC(2025, 2, 31, 13)); // 16:00 CEST
    });

    it('R-5: Europe/Berlin, after the cut-off on the eve of the autumn change: 15:00 CET next day', () => {
      // 2025-10-25 17:00 CEST → 2025-10-26 15:00 CET.
      expect(inspectionQueuedAt(Date.UTC(2025, 9, 25, 15), BERLIN)).toBe(Date.UTC(2025, 9, 26, 14));
    });

    it('R-5: Europe/Berlin, in the repeated hour of the autumn change', () => {
      expect(inspectionQueuedAt(Date.UTC(2025, 9, 26, 0, 30), BERLIN)).toBe(Date.UTC(2025, 9, 26, 14)); // 02:30 CEST
      expect(inspectionQueuedAt(Date.UTC(2025, 9, 26, 1, 30), BERLIN)).toBe(Date.UTC(2025, 9, 26, 14)); // 02:30 CET
    });

    it('R-5: Europe/Berlin, the cut-off on the day of the autumn change is 16:00 CET', () => {
      expect(inspectionQueuedAt(Date.UTC(2025, 9, 26, 14, 59), BERLIN)).toBe(Date.UTC(2025, 9, 26, 14, 59)); // 15:59 CET
      expect(inspectionQueuedAt(Date.UTC(2025, 9, 26, 15), BERLIN)).toBe(Date.UTC(2025, 9, 27, 14)); // 16:00 CET
    });
  });
});
