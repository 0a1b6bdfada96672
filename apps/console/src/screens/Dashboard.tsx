import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { api, downloadCsv, unwrap } from '../api/client';
import { BarChart } from '../components/BarChart';
import { businessDate } from '../domain/format';
import { DASHBOARD_RULES, formatFigure, type KpiRow } from '../domain/kpis';
import { SLOW_MS } from '../domain/live';
import { useI18n } from '../i18n/i18n';

interface Report<R> {
  columns: string[];
  rows: R[];
  notes: string[];
}
type WeeklyRow = { week: string; dimension: 'category' | 'cause'; key: string; complaints: number };
type Period = { from: string; to: string };

const REPORTS = {
  kpis: '/reports/kpis',
  weekly: '/reports/complaints/weekly',
  followUps: '/reports/follow-ups',
  agents: '/reports/agents',
} as const;

function useReport<R>(name: keyof typeof REPORTS, period: Period) {
  return useQuery({
    queryKey: ['report', name, period],
    queryFn: async () => (await unwrap(api.GET(REPORTS[name], { params: { query: period as never } }))) as unknown as Report<R>,
    refetchInterval: SLOW_MS,
  });
}

function weeklySeries(rows: WeeklyRow[], dimension: WeeklyRow['dimension'], t: (k: string) => string) {
  const subset = rows.filter((r) => r.dimension === dimension);
  const weeks = [...new Set(subset.map((r) => r.week))].sort();
  const keys = [...new Set(subset.map((r) => r.key))].sort();
  return {
    categories: weeks,
    series: keys.map((key) => ({
      name: dimension === 'category' ? t(`category.${key}`) : key,
      values: weeks.map((week) => subset.find((r) => r.week === week && r.key === key)?.complaints ?? 0),
    })),
  };
}

function Csv({ name, period }: { name: keyof typeof REPORTS; period: Period }) {
  const { t } = useI18n();
  return (
    <Button size="small" onClick={() => downloadCsv(REPORTS[name], period, `${name}-${period.from}-${period.to}.csv`)}>
      {t('app.download')}
    </Button>
  );
}

export default function Dashboard() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<Period>({ from: `${businessDate(0).slice(0, 7)}-01`, to: businessDate(1) });
  const kpis = useReport<KpiRow>('kpis', period);
  const weekly = useReport<WeeklyRow>('weekly', period);
  const followUps = useReport<Record<string, unknown>>('followUps', period);
  const agents = useReport<Record<string, unknown>>('agents', period);
  const byCategory = useMemo(() => weeklySeries(weekly.data?.rows ?? [], 'category', t), [weekly.data, t]);
  const byCause = useMemo(() => weeklySeries(weekly.data?.rows ?? [], 'cause', t), [weekly.data, t]);
  const kpiRows = (kpis.data?.rows ?? []).filter((r) => DASHBOARD_RULES.includes(r.rule));
  const columnsOf = (report: Report<Record<string, unknown>> | undefined) =>
    (report?.columns ?? []).map((c) => ({ title: c, dataIndex: c, render: (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? '—')) }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.dashboard')}</Typography.Title>
      <Space>
        <label htmlFor="period-from">{t('dashboard.from')}</label>
        <DatePicker id="period-from" allowClear={false} value={dayjs(period.from)} onChange={(d) => d && setPeriod({ ...period, from: d.format('YYYY-MM-DD') })} />
        <label htmlFor="period-to">{t('dashboard.to')}</label>
        <DatePicker id="period-to" allowClear={false} value={dayjs(period.to)} onChange={(d) => d && setPeriod({ ...period, to: d.format('YYYY-MM-DD') })} />
      </Space>
      <Card title={t('dashboard.kpis')} extra={<Csv name="kpis" period={period} />}>
        <Table
          rowKey="kpi"
          size="small"
          pagination={false}
          loading={kpis.isLoading}
          dataSource={kpiRows}
          data-testid="kpi-table"
          columns={[
            { title: '', dataIndex: 'rule', width: 60 },
            { title: '', dataIndex: 'label', render: (label: string, r: KpiRow) => (t(`kpi.${r.kpi}`) === r.kpi ? label : t(`kpi.${r.kpi}`)) },
            { title: t('dashboard.actual'), dataIndex: 'value', render: (v: number | null, r: KpiRow) => <span data-kpi={r.kpi}>{formatFigure(v, r.unit)}</span> },
            { title: t('dashboard.target'), dataIndex: 'target', render: (v: number | null, r: KpiRow) => `${r.direction === 'at_most' ? '≤' : '≥'} ${formatFigure(v, r.unit)}` },
            { title: '', key: 'n', render: (_: unknown, r: KpiRow) => (r.denominator !== null ? `${r.numerator ?? '—'} / ${r.denominator}` : '') },
            { title: '', dataIndex: 'met', render: (met: boolean | null) => (met === null ? '—' : met ? <Tag color="green">{t('dashboard.met')}</Tag> : <Tag color="red">{t('dashboard.missed')}</Tag>) },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card title={`${t('dashboard.weekly')} · ${t('complaint.category')}`} extra={<Csv name="weekly" period={period} />}>
            <BarChart label={t('dashboard.weekly')} categories={byCategory.categories} series={byCategory.series} />
          </Card>
        </Col>
        <Col span={12}>
          <Card title={`${t('dashboard.weekly')} · ${t('dashboard.cause')}`}>
            <BarChart label={t('dashboard.weekly')} categories={byCause.categories} series={byCause.series} />
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.followUps')} extra={<Csv name="followUps" period={period} />}>
        <Table size="small" rowKey={(r) => JSON.stringify(r)} pagination={false} scroll={{ x: true }} dataSource={followUps.data?.rows ?? []} columns={columnsOf(followUps.data)} />
      </Card>
      <Card title={t('dashboard.scorecards')} extra={<Csv name="agents" period={period} />}>
        <Table size="small" rowKey={(r) => JSON.stringify(r)} pagination={false} scroll={{ x: true }} dataSource={agents.data?.rows ?? []} columns={columnsOf(agents.data)} />
      </Card>
    </Space>
  );
}
