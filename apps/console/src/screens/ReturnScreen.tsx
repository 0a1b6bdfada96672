import { Alert, Card, Col, Descriptions, Row, Space, Table, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { returnKey, useReturn } from '../api/queries';
import type { ReturnDetail } from '../api/views';
import { useMe } from '../auth/auth';
import { ActionBar, type ActionSpec } from '../components/ActionBar';
import { StatusTag } from '../components/StatusTag';
import { returnActions, type ReturnAction } from '../domain/actions';
import { formatTime, toFen, yuan } from '../domain/format';
import { useI18n } from '../i18n/i18n';

function useReturnActionSpecs(returnNo: string, detail: ReturnDetail | undefined): ActionSpec[] {
  const me = useMe();
  const { t } = useI18n();
  if (!detail) return [];
  const enabled = returnActions(
    { status: detail.status, type: detail.type, shippingFeeDue: detail.exchange?.shippingFee === 'due', refundFailed: detail.refund?.status === 'failed' },
    me.role,
  );
  const path = { path: { returnNo } };
  const post = (url: string, body?: unknown) => unwrap(api.POST(url as '/returns/{returnNo}/approve', { params: path, body: body as never }));
  const specs: Array<Omit<ActionSpec, 'enabled' | 'label'> & { key: ReturnAction }> = [
    { key: 'approve', fields: [{ name: 'note', label: t('field.note') }], run: (v) => post('/returns/{returnNo}/approve', { note: v.note || undefined }) },
    { key: 'reject', fields: [{ name: 'reason', label: t('field.reason'), required: true }], run: (v) => post('/returns/{returnNo}/reject', v) },
    {
      key: 'modify',
      fields: [
        { name: 'amountYuan', label: t('field.amountYuan'), kind: 'number' },
        { name: 'description', label: t('field.description') },
      ],
      run: (v) => post('/returns/{returnNo}/modify', { amountFen: v.amountYuan === undefined || v.amountYuan === null ? undefined : toFen(Number(v.amountYuan)), description: v.description || undefined }),
    },
    {
      key: 'ship',
      fields: [
        { name: 'courier', label: t('field.courier'), required: true },
        { name: 'waybillNo', label: t('field.waybillNo'), required: true },
      ],
      run: (v) => post('/returns/{returnNo}/ship', v),
    },
    { key: 'receive', fields: [{ name: 'note', label: t('field.note') }], run: (v) => post('/returns/{returnNo}/receive', { note: v.note || undefined }) },
    {
      key: 'inspect',
      fields: [
        { name: 'resellable', label: t('field.resellable'), kind: 'boolean' },
        { name: 'qualityProblem', label: t('field.qualityProblem'), kind: 'boolean' },
        { name: 'notes', label: t('field.notes'), kind: 'textarea', required: true },
      ],
      run: (v) => post('/returns/{returnNo}/inspect', { resellable: Boolean(v.resellable), qualityProblem: Boolean(v.qualityProblem), notes: v.notes }),
    },
    { key: 'payShipping', fields: [{ name: 'paymentRef', label: t('field.paymentRef'), required: true }], run: (v) => post('/returns/{returnNo}/pay-shipping', v) },
    { key: 'retryRefund', run: () => post('/returns/{returnNo}/retry-refund') },
    { key: 'cancel', fields: [{ name: 'reason', label: t('field.reason'), required: true }], run: (v) => post('/returns/{returnNo}/cancel', v) },
  ];
  return specs.map((s) => ({ ...s, label: t(`action.${s.key}`), enabled: enabled[s.key], danger: s.key === 'cancel' || s.key === 'reject' }));
}

export function ReturnScreen() {
  const { returnNo = '' } = useParams();
  const { t, language } = useI18n();
  const query = useReturn(returnNo);
  const detail = query.data;
  const actions = useReturnActionSpecs(returnNo, detail);
  if (query.error) return <Alert type="error" message={query.error.message} />;
  if (!detail) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {t('return.returnNo')} {detail.returnNo}
      </Typography.Title>
      <Card>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('return.type')}>{t(`returnType.${detail.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('return.status')}>
            <span data-testid="return-status">
              <StatusTag status={detail.status} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer')}>
            <Link to={`/customers/${detail.customerNo}`}>{detail.customerNo}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('return.amount')}>{yuan(detail.amountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('field.orderRef')}>{detail.orderRef}</Descriptions.Item>
          <Descriptions.Item label={t('return.handler')}>{detail.handler ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('return.inspectionQueuedAt')}>{formatTime(detail.inspectionQueuedAt, language)}</Descriptions.Item>
          {detail.complaintCaseNo && (
            <Descriptions.Item label={t('complaint.caseNo')}>
              <Link to={`/complaints/${detail.complaintCaseNo}`}>{detail.complaintCaseNo}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          <ActionBar actions={actions} invalidate={[returnKey(returnNo), ['returns']]} />
        </div>
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={t('return.refund')}>
            <Descriptions size="small" column={1} data-testid="refund">
              <Descriptions.Item label={t('return.status')}>{detail.refund ? `${detail.refund.status} · ${yuan(detail.refund.amountFen)} · ${detail.refund.attempts}` : '—'}</Descriptions.Item>
              {detail.refund?.failure && <Descriptions.Item label="!">{detail.refund.failure}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card size="small" title={t('return.inspection')} style={{ marginTop: 16 }}>
            {detail.inspection ? `${detail.inspection.notes} · ${t('field.resellable')}: ${detail.inspection.resellable ? '✓' : '✗'} · ${t('field.qualityProblem')}: ${detail.inspection.qualityProblem ? '✓' : '✗'} · ${detail.inspection.by}` : '—'}
          </Card>
          <Card size="small" title={t('return.parcels')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey={(p) => p.waybillNo}
              dataSource={detail.parcels}
              locale={{ emptyText: t('app.none') }}
              columns={[
                { title: t('field.courier'), dataIndex: 'courier' },
                { title: t('field.waybillNo'), dataIndex: 'waybillNo' },
                { title: t('return.status'), dataIndex: 'lastState' },
                { title: '', key: 'events', render: (_: unknown, p) => p.events.map((e) => `${e.state} ${formatTime(e.at, language)}`).join(' → ') },
              ]}
            />
          </Card>
          <Card size="small" title={t('return.damage')} style={{ marginTop: 16 }}>
            {detail.damageClaims.length ? detail.damageClaims.map((c) => <div key={c.claimId}>{`${c.claimId} · ${c.kind} · ${c.waybillNo} · ${formatTime(c.filedAt, language)}`}</div>) : t('app.none')}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('return.timeline')}>
            <Timeline items={[...detail.timeline].reverse().map((e) => ({ children: `${e.event} · ${e.by} · ${formatTime(e.at, language)}${e.note ? ` — ${e.note}` : ''}` }))} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
