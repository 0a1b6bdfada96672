import { renderSummaryMarkdown, SummaryFacts, summaryPeriod } from './supervisor-summary';

describe('K-7: the summary period', () => {
  it.each([
    ['2026-11', { kind: 'monthly', from: '2026-11-01', to: '2026-12-01' }],
    ['2026-12', { kind: 'monthly', from: '2026-12-01', to: '2027-01-01' }],
    ['2026', { kind: 'yearly', from: '2026-01-01', to: '2027-01-01' }],
  ])('%s', (value, expected) => {
    expect(summaryPeriod(value)).toEqual({ period: value, ...expected });
  });

  it.each(['2026-13', '2026-00', '26-11', '2026-1', '1999', 'november'])('refuses %s naming the field', (value) => {
    expect(() => summaryPeriod(value)).toThrow('period must be a month like 2026-11 or a year like 2026');
  });
});

describe('K-7: the draft summary', () => {
  const facts: SummaryFacts = {
    period: summaryPeriod('2026-11'),
    volumes: { byClassification: { complaint: 5, repair: 2 }, byCategory: { quality: 4, service: 3 }, returns: 6, followUpPlans: 9, negativeReviews: 1, partsShipments: 50 },
    kpis: [
      { rule: 'L-5', label: 'Parts shipments without a wrong or missing part', unit: 'share', value: 0.96, target: 0.98, direction: 'at_least', met: false },
      { rule: 'K-1', label: 'First response time, average', unit: 'hours', value: 12.5, target: 24, direction: 'at_most', met: true },
      { rule: 'K-2', label: 'Customer satisfaction', unit: 'share', value: null, target: 0.85, direction: 'at_least', met: null },
    ],
    topCauses: [{ cause: 'solder joint', complaints: 3 }],
    keyPartDefects: [{ part: 'motor', defects: 3 }],
    keyPartAlerts: [{ part: 'motor', defects: 3, raisedAt: '2026-11-12T02:00:00.000Z' }],
    lateHandOvers: [{ staff: 'AG-001', name: '李娜', breaches: 2 }],
  };
  const text = renderSummaryMarkdown(facts);

  it('states every volume, classification apart (C-2)', () => {
    expect(text).toContain('# 售后工作月度总结 Monthly after-sales summary 2026-11');
    expect(text).toContain('- 登记案件 Cases registered: 7');
    expect(text).toContain('  - 维修 repairs: 2');
    expect(text).toContain('  - 咨询 consultations: 0');
    expect(text).toContain('- 差评 Negative reviews: 1');
  });

  it('puts each KPI beside its target with the verdict', () => {
    expect(text).toContain('| L-5 | Parts shipments without a wrong or missing part | 96.0% | ≥ 98.0% | 未达标 missed |');
    expect(text).toContain('| K-1 | First response time, average | 12.5 h | ≤ 24 h | 达标 met |');
    expect(text).toContain('| K-2 | Customer satisfaction | — | ≥ 85.0% | 无数据 no data |');
  });

  it('lists top causes, key-part alerts and late hand-overs, and leaves the assessment to the supervisor', () => {
    expect(text).toContain('1. solder joint: 3');
    expect(text).toContain('- 预警 Alert: motor, 3 defects, raised 2026-11-12T02:00:00.000Z');
    expect(text).toContain('- AG-001 李娜: 2');
    expect(text).toContain("## 主管意见 Supervisor's assessment");
  });

  it('a yearly summary says so; empty sections say none', () => {
    const empty = renderSummaryMarkdown({ ...facts, period: summaryPeriod('2026'), topCauses: [], keyPartDefects: [], keyPartAlerts: [], lateHandOvers: [] });
    expect(empty).toContain('# 售后工作年度总结 Yearly after-sales summary 2026');
    expect(empty).toContain('- 无 none recorded');
    expect(empty).toContain('- 无 none reported');
  });
});
