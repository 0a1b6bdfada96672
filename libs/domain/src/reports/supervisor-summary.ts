// K-7: the supervisor's monthly and yearly summary of after-sales work, drafted from the data as
// Markdown that the supervisor edits and files. Pure: the service gathers the facts.
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export type SummaryKind = 'monthly' | 'yearly';

export interface SummaryPeriod {
  period: string;
  kind: SummaryKind;
  /** `YYYY-MM-DD`, inclusive and exclusive, as the reports take them. */
  from: string;
  to: string;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

/** `2026-11` is a month, `2026` a year; anything else is refused naming `field`. */
export function summaryPeriod(value: string, field = 'period'): SummaryPeriod {
  const m = PERIOD.exec(value ?? '');
  const year = m ? Number(m[1]) : NaN;
  const month = m?.[2] ? Number(m[2]) : undefined;
  if (!m || year < 2000 || year > 2199 || (month !== undefined && (month < 1 || month > 12))) {
    throw new DomainError(DomainErrorCode.Validation, `${field} must be a month like 2026-11 or a year like 2026`, field);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return { period: value, kind: 'yearly', from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { period: value, kind: 'monthly', from: `${year}-${pad(month)}-01`, to: next };
}

export interface SummaryKpi {
  rule: string;
  label: string;
  unit: 'hours' | 'share' | 'count';
  value: number | null;
  target: number;
  direction: 'at_least' | 'at_most';
  met: boolean | null;
}

export interface SummaryFacts {
  period: SummaryPeriod;
  volumes: {
    /** C-2: repairs, consultations and complaints registered. */
    byClassification: Record<string, number>;
    /** C-2 categories of what was registered. */
    byCategory: Record<string, number>;
    returns: number;
    followUpPlans: number;
    negativeReviews: number;
    partsShipments: number;
  };
  kpis: SummaryKpi[];
  /** C-11: the causes found most often. */
  topCauses: Array<{ cause: string; complaints: number }>;
  /** C-12: defects per key part, and the alerts raised. */
  keyPartDefects: Array<{ part: string; defects: number }>;
  keyPartAlerts: Array<{ part: string; defects: number; raisedAt: string }>;
  /** K-8: staff members with late or missing file hand-overs. */
  lateHandOvers: Array<{ staff: string; name: string | null; breaches: number }>;
}

const CLASSIFICATION_LABELS: Record<string, string> = { complaint: '投诉 complaints', repair: '维修 repairs', consultation: '咨询 consultations' };

function formatValue(unit: SummaryKpi['unit'], value: number | null): string {
  if (value === null) return '—';
  if (unit === 'share') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'hours') return `${value} h`;
  return String(value);
}

function verdict(met: boolean | null): string {
  return met === null ? '无数据 no data' : met ? '达标 met' : '未达标 missed';
}

/** The draft: headings in Chinese first, every figure from the data, a section left for the supervisor's own words. */
export function renderSummaryMarkdown(facts: SummaryFacts): string {
  const { period, volumes } = facts;
  const title = period.kind === 'monthly' ? `售后工作月度总结 Monthly after-sales summary ${period.period}` : `售后工作年度总结 Yearly after-sales summary ${period.period}`;
  const registered = Object.values(volumes.byClassification).reduce((a, b) => a + b, 0);
  const lines = [
    `# ${title}`,
    '',
    `期间 Period: ${period.from} – ${period.to} (exclusive)`,
    '',
    '## 业务量 Volumes',
    '',
    `- 登记案件 Cases registered: ${registered}`,
    ...['complaint', 'repair', 'consultation'].map((k) => `  - ${CLASSIFICATION_LABELS[k]}: ${volumes.byClassification[k] ?? 0}`),
    ...Object.entries(volumes.byCategory)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([category, n]) => `  - category ${category}: ${n}`),
    `- 退换货 Returns and exchanges: ${volumes.returns}`,
    `- 回访计划 Follow-up plans: ${volumes.followUpPlans}`,
    `- 差评 Negative reviews: ${volumes.negativeReviews}`,
    `- 配件发货 Parts shipments: ${volumes.partsShipments}`,
    '',
    '## 指标与目标 KPIs against targets',
    '',
    '| 规则 Rule | 指标 KPI | 实际 Value | 目标 Target | 结果 Result |',
    '| --- | --- | --- | --- | --- |',
    ...facts.kpis.map((k) => `| ${k.rule} | ${k.label} | ${formatValue(k.unit, k.value)} | ${k.direction === 'at_least' ? '≥' : '≤'} ${formatValue(k.unit, k.target)} | ${verdict(k.met)} |`),
    '',
    '## 主要原因 Top causes',
    '',
    ...(facts.topCauses.length ? facts.topCauses.map((c, i) => `${i + 1}. ${c.cause}: ${c.complaints}`) : ['- 无 none recorded']),
    '',
    '## 关键部件 Key-part defects and alerts',
    '',
    ...(facts.keyPartDefects.length ? facts.keyPartDefects.map((d) => `- ${d.part}: ${d.defects} defect(s)`) : ['- 无 none reported']),
    ...facts.keyPartAlerts.map((a) => `- 预警 Alert: ${a.part}, ${a.defects} defects, raised ${a.raisedAt}`),
    '',
    '## 资料移交延误 Late hand-overs',
    '',
    ...(facts.lateHandOvers.length ? facts.lateHandOvers.map((h) => `- ${h.staff}${h.name ? ` ${h.name}` : ''}: ${h.breaches}`) : ['- 无 none']),
    '',
    '## 主管意见 Supervisor\'s assessment',
    '',
    '（请填写 To be written by the supervisor.）',
    '',
  ];
  return lines.join('\n');
}
