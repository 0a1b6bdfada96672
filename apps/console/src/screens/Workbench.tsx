import { Card, Col, List, Row, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useComplaintDetails, useComplaintList } from '../api/queries';
import type { ComplaintDetail } from '../api/views';
import { useMe } from '../auth/auth';
import { Countdown } from '../components/Countdown';
import { Notifications } from '../components/Notifications';
import { LevelTag, StatusTag } from '../components/StatusTag';
import { businessDate, formatTime } from '../domain/format';
import { LIVE_MS, SLOW_MS } from '../domain/live';
import { useI18n } from '../i18n/i18n';

const FINISHED = ['closed', 'cancelled'];

export interface WorklistItem {
  planId: string;
  callId: string;
  trigger: string;
  purpose: string;
  dueAt: string;
  nextAttemptAt: string;
  windowEnd: string;
  attempts: number;
  lastOutcome: string | null;
  customer: { customerNo: string; name: string; phone: string | null; localTime: string; callAllowedNow: boolean };
  script: Array<Record<string, unknown>>;
}

/** The next pending deadline, earliest first; a paused clock has none and sorts last. */
export function nextDeadline(detail: ComplaintDetail | undefined) {
  return detail?.sla?.deadlines[0];
}

export function Workbench() {
  const me = useMe();
  const { t, language } = useI18n();
  const mine = useComplaintList({ agent: me.code });
  const open = (mine.data?.items ?? []).filter((c) => !FINISHED.includes(c.status));
  const details = useComplaintDetails(open.map((c) => c.caseNo));
  const byCase = new Map(details.map((q) => [q.data?.caseNo, q]).filter(([k]) => k) as Array<[string, (typeof details)[number]]>);
  const rows = open
    .map((c) => ({ ...c, detail: byCase.get(c.caseNo)?.data, readAt: byCase.get(c.caseNo)?.dataUpdatedAt ?? 0 }))
    .sort((a, b) => (nextDeadline(a.detail)?.at ?? '9999').localeCompare(nextDeadline(b.detail)?.at ?? '9999'));

  const worklist = useQuery({
    queryKey: ['worklist', me.code],
    queryFn: async () => (await unwrap(api.GET('/worklist', { params: { query: { agent: me.code, date: businessDate(3) } as never } }))) as unknown as { items: WorklistItem[] },
    refetchInterval: SLOW_MS,
  });
  const satisfactionDue = rows.filter((r) => r.status === 'resolved' && r.detail?.satisfaction?.callDueAt && Date.parse(r.detail.satisfaction.callDueAt) <= Date.now() + 86_400_000);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.workbench')}</Typography.Title>
      <Card title={t('complaint.mine')} extra={<Typography.Text type="secondary">{t('app.autoRefresh', { s: LIVE_MS / 1000 })}</Typography.Text>}>
        <Table
          rowKey="caseNo"
          size="middle"
          loading={mine.isLoading}
          dataSource={rows}
          pagination={false}
          data-testid="my-complaints"
          columns={[
            { title: t('complaint.caseNo'), dataIndex: 'caseNo', render: (caseNo: string) => <Link to={`/complaints/${caseNo}`}>{caseNo}</Link> },
            { title: t('complaint.category'), dataIndex: 'category', render: (c: string) => t(`category.${c}`) },
            { title: t('complaint.severity'), dataIndex: 'severity', render: (s: string) => t(`severity.${s}`) },
            { title: t('complaint.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
            { title: t('complaint.escalation'), dataIndex: 'escalationLevel', render: (l: number) => <LevelTag level={l} /> },
            {
              title: t('complaint.nextDeadline'),
              key: 'deadline',
              render: (_: unknown, row) => {
                const next = nextDeadline(row.detail);
                const sla = row.detail?.sla;
                if (sla?.paused) return <Tag>⏸ {t('complaint.paused')}</Tag>;
                if (!next || !sla) return '—';
                return (
                  <Space size={4} wrap>
                    <span>{t(`target.${next.target.replace(/_\d+$/, '')}`)}</span>
                    <span>{formatTime(next.at, language)}</span>
                    <Countdown basis={{ remainingBusinessMs: next.remainingBusinessMs ?? Date.parse(next.at) - row.readAt, readAt: row.readAt, paused: sla.paused, calendar: sla.calendar, timeZone: sla.timeZone }} />
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card title={t('workbench.followUpsDue')}>
            <List
              loading={worklist.isLoading}
              dataSource={worklist.data?.items ?? []}
              locale={{ emptyText: t('app.none') }}
              renderItem={(item) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space>
                        <Link to={`/follow-ups?plan=${item.planId}`}>{item.planId}</Link>
                        <span>{item.customer.name}</span>
                        {!item.customer.callAllowedNow ? <Tag color="orange">{t('workbench.quietHours')}</Tag> : <Tag color="green">{t('workbench.callAllowed')}</Tag>}
                      </Space>
                    }
                    description={`${t('followUp.localTime')} ${item.customer.localTime} · ${t('followUp.dueAt')} ${formatTime(item.dueAt, language)} · ${t('followUp.window')} ${formatTime(item.windowEnd, language)}`}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card title={t('workbench.satisfactionDue')}>
            <List
              dataSource={satisfactionDue}
              locale={{ emptyText: t('app.none') }}
              renderItem={(row) => (
                <List.Item>
                  <Link to={`/complaints/${row.caseNo}`}>{row.caseNo}</Link> · {formatTime(row.detail?.satisfaction?.callDueAt, language)}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('workbench.notifications')}>
        <Notifications />
      </Card>
    </Space>
  );
}
