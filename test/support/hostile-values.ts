import fc from 'fast-check';

// Values a careless or hostile client sends in any field: what PostgreSQL, JSON or Temporal cannot
// hold, numbers beyond every column, impossible dates, wrong types and structures, long text.
export const HOSTILE_STRINGS = [
  '\u0000', 'EB-200\u0000', '\uD800', 'x\uDFFF', '\uDC00\uD800', '', ' ', 'x'.repeat(10_000),
  "'; DROP TABLE case_records; --", '0000-01-01', '2026-02-30', '2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z',
  '2026-11-24T25:61:00Z', '9'.repeat(40), '-1', '1e308', 'NaN', 'Infinity', '../../etc/passwd', '%00', '\u202Eevil', '𝔘𝔫𝔦', 'null', 'true',
];
export const HOSTILE_NUMBERS = [0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e40, -1e40, 1e300, -1e300, Number.MAX_VALUE];
export const HOSTILE_STRUCTURES: unknown[] = [null, true, false, [], {}, [null], { $ne: null }, ['x'], [[[[[[[[[[1]]]]]]]]]], { a: { b: { c: { d: 1 } } } }];

/** One hostile value of any kind. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRUCTURES) },
    // Random text with NULs and lone surrogates mixed in; random integers of any size.
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }).map((n) => n.toString()) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  );
