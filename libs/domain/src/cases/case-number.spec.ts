import { businessDay, formatCaseNumber, isCaseNumber } from './case-number';

describe('case numbers', () => {
  it('formats prefix, day and a zero-padded daily sequence', () => {
    expect(formatCaseNumber('CP', '20261124', 1)).toBe('CP-20261124-0001');
    expect(formatCaseNumber('RT', '20261124', 12345)).toBe('RT-20261124-12345');
  });

  it.each([
    ['2026-11-24', 0],
    ['20261124', 0],
    ['20261124', 1.5],
  ])('refuses day %s with sequence %s', (day, seq) => {
    expect(() => formatCaseNumber('CP', day, seq)).toThrow(RangeError);
  });

  it('takes the day in the business time zone, not UTC', () => {
    // 17:30 UTC on the 23rd is already the 24th in Shanghai (UTC+8).
    expect(businessDay(new Date('2026-11-23T17:30:00Z'), 'Asia/Shanghai')).toBe('20261124');
    expect(businessDay(new Date('2026-11-23T17:30:00Z'), 'UTC')).toBe('20261123');
  });

  it.each([
    ['CP-20261124-0001', true],
    ['FU-20261124-12000', true],
    ['XX-20261124-0001', false],
    ['CP-2026112-0001', false],
    ["CP-20261124-0001' OR 1=1", false],
  ])('recognises %s as a case number: %s', (value, expected) => {
    expect(isCaseNumber(value)).toBe(expected);
  });
});
