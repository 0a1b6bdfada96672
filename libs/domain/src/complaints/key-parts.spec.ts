import { needsKeyPartAlert } from './key-parts';

describe('key-part defect alerts (C-12)', () => {
  it.each([
    [2, false, false],
    [3, false, true],
    [7, false, true],
    [7, true, false],
  ])('%s defects in the window, alert already open %s -> alert %s', (count, open, expected) => {
    expect(needsKeyPartAlert(count, open)).toBe(expected);
  });

  it('honours another rule', () => {
    expect(needsKeyPartAlert(5, false, { threshold: 6, windowDays: 7 })).toBe(false);
  });
});
