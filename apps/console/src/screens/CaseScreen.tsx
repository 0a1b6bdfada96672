import { Alert, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { complaintKey, useComplaint } from '../api/queries';
import type { ComplaintDetail, Customer } from '../api/views';
import { useMe } from '../auth/auth';
import { ActionBar, type ActionSpec } from '../components/ActionBar';
import { Countdown } from '../components/Countdown';
import { LevelTag, StatusTag } from '../components/StatusTag';
import { complaintActions, type ComplaintAction } from '../domain/actions';
import { formatTime, toFen } from '../domain/format';
import { isSupervisorOrUp } from '../domain/roles';
import { temporalWorkflowUrl } from '../domain/temporal';
import { useI18n } from '../i18n/i18n';

const REMEDIES = ['repair', 'replace', 'refund', 'compensation', 'explanation'];

function useComplaintActionSpecs(caseNo: string, detail: ComplaintDetail | undefined): ActionSpec[] {
  const me = useMe();
  const { t } = useI18n();
  if (!detail) return [];
  const enabled = complaintActions(
    {
      status: detail.status,
      assignedAgent: detail.assignedAgent,
      waitingForCustomer: Boolean(detail.sla?.paused && detail.sla.pausedReason && /customer/.test(detail.sla.pausedReason)),
      departmentStatus: detail.department?.status ?? null,
      remedyRunning: ['opening', 'running'].includes(detail.remedyReturn?.status ?? ''),
    },
    me.role,
    me.code,
  );
  const path = { path: { caseNo } };
  const post = (url: string, body?: unknown) => unwrap(api.POST(url as '/complaints/{caseNo}/contact', { params: path, body: body as never }));
  const text = (name: string, label: string, kind: 'text' | 'textarea' = 'textarea') => ({ name, label: t(label), kind, required: true });
  const specs: Array<Omit<ActionSpec, 'enabled' | 'label'> & { key: ComplaintAction }> = [
    { key: 'contact', fields: [text('summary', 'field.summary')], run: (v) => post('/complaints/{caseNo}/contact', v) },
    { key: 'note', fields: [text('text', 'field.text')], run: (v) => post('/complaints/{caseNo}/note', v) },
    { key: 'wait', fields: [text('reason', 'field.reason')], run: (v) => post('/complaints/{caseNo}/wait-for-customer', v) },
    { key: 'resume', run: () => post('/complaints/{caseNo}/resume', {}) },
    { key: 'forward', fields: [text('note', 'field.note')], run: (v) => post('/complaints/{caseNo}/forward', v) },
    { key: 'confirmForward', run: () => post('/complaints/{caseNo}/confirm-forward', {}) },
    {
      key: 'resolve',
      fields: [
        { name: 'remedy', label: t('complaint.remedy'), kind: 'select', required: true, options: REMEDIES.map((r) => ({ value: r, label: t(`remedy.${r}`) })) },
        text('summary', 'field.summary'),
        { name: 'orderRef', label: `${t('field.orderRef')} (${t('remedy.refund')}/${t('remedy.replace')})` },
        { name: 'sku', label: t('field.sku') },
        { name: 'amountYuan', label: t('field.amountYuan'), kind: 'number' },
      ],
      run: ({ remedy, summary, orderRef, sku, amountYuan }) =>
        post('/complaints/{caseNo}/resolve', {
          remedy,
          summary,
          // C-10: a refund or replacement carries its return request (amount in fen).
          ...(orderRef ? { returnRequest: { orderRef, items: [{ sku, quantity: 1 }], amountFen: toFen(Number(amountYuan ?? 0)) } } : {}),
        }),
    },
    {
      key: 'satisfaction',
      fields: [
        { name: 'reached', label: t('field.reached'), kind: 'boolean' },
        { name: 'score', label: t('field.score'), kind: 'number' },
        { name: 'comment', label: t('field.comment') },
      ],
      run: (v) => post('/complaints/{caseNo}/satisfaction', { reached: Boolean(v.reached), score: v.score ?? undefined, comment: v.comment || undefined }),
    },
    { key: 'reopen', fields: [text('reason', 'field.reason')], run: (v) => post('/complaints/{caseNo}/reopen', v) },
    { key: 'reassign', fields: [text('agent', 'field.agent', 'text'), { name: 'reason', label: t('field.reason') }], run: (v) => post('/complaints/{caseNo}/reassign', { agent: v.agent, reason: v.reason || undefined }) },
    { key: 'cancel', fields: [text('reason', 'field.reason')], run: (v) => post('/complaints/{caseNo}/cancel', v) },
  ];
  return specs.map((s) => ({ ...s, label: t(`action.${s.key}`), enabled: enabled[s.key], danger: s.key === 'cancel' }));
}

export function CaseScreen() {
  const { caseNo = '' } = useParams();
  const me = useMe();
  const { t, language } = useI18n();
  const complaint = useComplaint(caseNo);
  const detail = complaint.data;
  const customer = useQuery({
    queryKey: ['customer', detail?.customerNo],
    enabled: Boolean(detail?.customerNo),
    queryFn: async () => (await unwrap(api.GET('/customers/{customerNo}', { params: { path: { customerNo: detail!.customerNo } } }))) as unknown as Customer,
  });
  const actions = useComplaintActionSpecs(caseNo, detail);
  if (complaint.error) return <Alert type="error" message={complaint.error.message} />;
  if (!detail) return <Card loading />;
  const sla = detail.sla;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {t('complaint.caseNo')} {detail.caseNo}
      </Typography.Title>
      <Card>
        <Descriptions size="small" column={4} data-testid="case-header">
          <Descriptions.Item label={t('complaint.customer')}>
            <Link to={`/customers/${detail.customerNo}`}>{customer.data?.name ?? detail.customerNo}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.category')}>{t(`category.${detail.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.severity')}>{t(`severity.${detail.severity}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.status')}>
            <span data-testid="case-status">
              <StatusTag status={detail.status} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.owner')}>
            <span data-testid="case-owner">{detail.assignedAgent ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.escalation')}>
            <LevelTag level={detail.escalationLevel} />
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.slaPolicy')}>{sla ? `${sla.policy} · ${sla.calendar}` : '—'}</Descriptions.Item>
          {isSupervisorOrUp(me.role) && (
            <Descriptions.Item label="Temporal">
              <a href={temporalWorkflowUrl(`complaint-${detail.caseNo}`)} target="_blank" rel="noreferrer">
                {t('complaint.temporal')}
              </a>
            </Descriptions.Item>
          )}
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          <ActionBar actions={actions} invalidate={[complaintKey(caseNo), ['complaints']]} />
        </div>
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card title={t('complaint.sla')} size="small">
            {sla?.paused && <Alert type="warning" showIcon message={`${t('complaint.paused')}${sla.pausedReason ? `: ${sla.pausedReason}` : ''}`} style={{ marginBottom: 8 }} />}
            <Table
              size="small"
              rowKey={(d) => d.target}
              pagination={false}
              dataSource={sla?.deadlines ?? []}
              locale={{ emptyText: t('app.none') }}
              columns={[
                { title: t('complaint.nextDeadline'), dataIndex: 'target', render: (target: string) => `${t(`target.${target.replace(/_\d+$/, '')}`)}${/_\d+$/.test(target) ? ` ${target.split('_').pop()}` : ''}` },
                { title: '', dataIndex: 'at', render: (at: string) => formatTime(at, language) },
                {
                  title: t('complaint.remaining'),
                  key: 'remaining',
                  render: (_: unknown, d) => (
                    <Countdown basis={{ remainingBusinessMs: d.remainingBusinessMs ?? 0, readAt: complaint.dataUpdatedAt, paused: sla!.paused, calendar: sla!.calendar, timeZone: sla!.timeZone }} />
                  ),
                },
              ]}
            />
            {sla && sla.breached.length > 0 && (
              <div style={{ marginTop: 8 }}>
                {t('complaint.breached')}: {sla.breached.map((b) => <Tag color="red" key={b}>{b}</Tag>)}
              </div>
            )}
          </Card>
          <Card title={t('complaint.department')} size="small" style={{ marginTop: 16 }}>
            {detail.department ? (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('complaint.status')}>{detail.department.status}</Descriptions.Item>
                <Descriptions.Item label={t('field.note')}>{detail.department.note}</Descriptions.Item>
                <Descriptions.Item label="by">{`${detail.department.requestedBy} → ${detail.department.confirmedBy ?? '…'}`}</Descriptions.Item>
                {detail.department.answer && (
                  <Descriptions.Item label="cause / CAPA">
                    {detail.department.answer.cause}; {detail.department.answer.correctiveActions.join('; ')}; {detail.department.answer.preventiveActions.join('; ')}
                  </Descriptions.Item>
                )}
              </Descriptions>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
          <Card title={t('complaint.remedy')} size="small" style={{ marginTop: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('complaint.remedy')}>{detail.remedy ? t(`remedy.${detail.remedy}`) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('complaint.remedyReturn')}>
                {detail.remedyReturn?.returnNo ? <Link to={`/returns/${detail.remedyReturn.returnNo}`}>{detail.remedyReturn.returnNo}</Link> : '—'} {detail.remedyReturn && <StatusTag status={detail.remedyReturn.status} />}
              </Descriptions.Item>
              <Descriptions.Item label={t('complaint.satisfaction')}>
                {detail.satisfaction ? `${detail.satisfaction.score ?? '—'} · ${formatTime(detail.satisfaction.callDueAt, language)}` : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col span={12}>
          <Card title={t('complaint.timeline')} size="small">
            <Timeline
              data-testid="timeline"
              items={[...detail.timeline].reverse().map((e) => ({
                children: (
                  <span>
                    <b>{e.event}</b> · {e.by} · {formatTime(e.at, language)}
                    {e.note ? <div style={{ color: '#555' }}>{e.note}</div> : null}
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

