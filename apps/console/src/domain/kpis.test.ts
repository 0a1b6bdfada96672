import { describe, expect, it } from 'vitest';
import { formatFigure } from './kpis';

describe('report figures on the dashboard', () => {
  it('shows shares as percentages, hours with one decimal, counts as they are, and no value as a dash', () => {
    expect(formatFigure(0.9876, 'share')).toBe('98.8%');
    expect(formatFigure(3.25, 'hours')).toBe('3.3 h');
    expect(formatFigure(12, 'complaints')).toBe('12');
    expect(formatFigure(null, 'share')).toBe('—');
  });
});
