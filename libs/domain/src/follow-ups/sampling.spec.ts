import { monthsBefore, tier3Windows } from './sampling';

describe('F-4 quarterly windows', () => {
  it.each([
    ['2026-04-01', 3, '2026-01-01'],
    ['2026-01-01', 6, '2025-07-01'],
    ['2026-05-31', 1, '2026-04-30'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2026-03-15', 0, '2026-03-15'],
  ])('%s minus %i months is %s', (from, months, expected) => {
    expect(monthsBefore(from, months)).toBe(expected);
  });

  it('picks new customers who bought 6 to 3 months before the run, and repairs of the last quarter', () => {
    expect(tier3Windows('2026-04-01')).toEqual({ purchasedFrom: '2025-10-01', purchasedBefore: '2026-01-01', repairedFrom: '2026-01-01', repairedBefore: '2026-04-01' });
  });

  it('covers every purchase date exactly once over consecutive quarterly runs', () => {
    const runs = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map(tier3Windows);
    for (let i = 1; i < runs.length; i++) expect(runs[i].purchasedFrom).toBe(runs[i - 1].purchasedBefore);
  });
});
