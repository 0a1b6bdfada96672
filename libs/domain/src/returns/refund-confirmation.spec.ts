import { refundNeedsFinanceConfirmation } from './refund-confirmation';

describe('refundNeedsFinanceConfirmation (R-1, R-4)', () => {
  it.each<[string, number, number | null | undefined, boolean]>([
    ['above the threshold waits for finance', 100_001, 100_000, true],
    ['exactly the threshold goes straight through', 100_000, 100_000, false],
    ['below the threshold goes straight through', 25_900, 100_000, false],
    ['a threshold of 0 makes every refund wait', 1, 0, true],
    ['null: no confirmation', 10_000_000, null, false],
    ['a version written before the term: no confirmation', 10_000_000, undefined, false],
  ])('R-4: %s', (_case, amountFen, refundConfirmationAboveFen, waits) => {
    expect(refundNeedsFinanceConfirmation(amountFen, { refundConfirmationAboveFen })).toBe(waits);
  });
});
