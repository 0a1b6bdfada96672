import { KPI_TARGETS, kpiTarget, meetsTarget, share } from './kpi-targets';

describe('KPI targets (K-1..K-8)', () => {
  it.each([
    ['first_response_avg_hours', 'K-1', 24],
    ['first_response_within_24h', 'K-1', 1],
    ['quality_closed_within_3_days', 'C-5', 1],
    ['follow_up_coverage_under_warranty', 'K-3', 1],
    ['customer_satisfaction', 'K-2', 0.85],
    ['service_satisfaction', 'K-2', 0.98],
    ['complaint_handling_rate', 'K-4', 0.98],
    ['survey_coverage', 'K-4', 0.95],
    ['file_completeness', 'A-4', 0.85],
    ['late_file_hand_overs', 'K-8', 0],
    ['complaint_volume_change', 'K-5', -0.2],
  ] as const)('%s comes from %s with target %s', (id, rule, target) => {
    expect(kpiTarget(id)).toMatchObject({ rule, target });
  });

  it('every KPI has one target', () => {
    expect(new Set(KPI_TARGETS.map((k) => k.id)).size).toBe(KPI_TARGETS.length);
  });

  it.each([
    [{ direction: 'at_least', target: 0.98 }, 0.98, true],
    [{ direction: 'at_least', target: 0.98 }, 0.9799, false],
    [{ direction: 'at_most', target: 24 }, 23.5, true],
    [{ direction: 'at_most', target: 0 }, 1, false],
    [{ direction: 'at_most', target: -0.2 }, -0.25, true],
    [{ direction: 'at_least', target: 1 }, null, null],
  ] as const)('meetsTarget(%j, %s) = %s', (target, value, met) => {
    expect(meetsTarget(target, value)).toBe(met);
  });

  it('share rounds to four decimals and is null without a denominator', () => {
    expect(share(2, 3)).toBe(0.6667);
    expect(share(0, 0)).toBeNull();
  });
});
