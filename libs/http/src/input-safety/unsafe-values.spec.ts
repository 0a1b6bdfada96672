import { findUnsafeValue, invalidIsoDateReason, MAX_REQUEST_NUMBER, unsafeTextReason } from './unsafe-values';

describe('values no store can hold', () => {
  it.each([
    ['NUL', 'SKU\u0000-1', /NUL/],
    ['a lone high surrogate', 'abc\uD800', /surrogate/],
    ['a lone low surrogate', '\uDC00abc', /surrogate/],
    ['a low surrogate before a high one', '\uDC00\uD800', /surrogate/],
    ['year 0', '0000-01-01', /from 1900 to 2199/],
    ['30 February', '2026-02-30', /real calendar date/],
    ['29 February of a common year', '2027-02-29T10:00:00Z', /real calendar date/],
    ['hour 24', '2026-11-24T24:00:00+08:00', /real calendar date/],
    ['month 13', '2026-13-01', /real calendar date/],
    ['a six-digit year', '+275760-09-13T00:00:00Z', /from 1900 to 2199/],
  ])('refuses %s', (_case, text, reason) => {
    expect(unsafeTextReason(text)).toMatch(reason);
  });

  it.each([
    ['text', '张伟 的电动车坏了'],
    ['an emoji (a surrogate pair)', 'service was 👍'],
    ['a leap day', '2028-02-29'],
    ['a date-time with zone', '2026-11-24T09:30:00.123+08:00'],
    ['free text that starts with a date', '2026-02-30 is when the heater broke'],
  ])('accepts %s', (_case, text) => {
    expect(unsafeTextReason(text)).toBeUndefined();
    expect(invalidIsoDateReason(text)).toBeUndefined();
  });

  it('names the path of the first unsafe value, key or number', () => {
    expect(findUnsafeValue({ items: [{ sku: 'A' }, { sku: 'B\u0000' }] }, '')).toEqual({ field: 'items.1.sku', message: 'items.1.sku must not contain the NUL character (\\u0000)' });
    expect(findUnsafeValue({ terms: { ['x\uD800']: 1 } }, '')?.field).toBe('terms.x\uD800');
    expect(findUnsafeValue({ offset: 1e40 }, '')?.message).toBe(`offset must be a number from -${MAX_REQUEST_NUMBER} to ${MAX_REQUEST_NUMBER}`);
    expect(findUnsafeValue({ repairAmountFen: 1e300 }, '')?.field).toBe('repairAmountFen');
    expect(findUnsafeValue(Number.NaN, 'limit')?.field).toBe('limit');
    expect(findUnsafeValue({ at: new Date('0000-01-01T00:00:00Z') }, '')?.field).toBe('at');
    expect(findUnsafeValue('CP-2026\u0000', 'caseNo')?.field).toBe('caseNo');
    expect(findUnsafeValue({ a: [1, 'b', { c: MAX_REQUEST_NUMBER }], d: null, e: new Date('2026-11-24') }, '')).toBeUndefined();
  });
});
