import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useComplaintList } from '../api/queries';
import type { ComplaintSummary, Page, StaffMember } from '../api/views';
import { LevelTag, StatusTag } from '../components/StatusTag';
import { useAction } from '../components/useAction';
import { formatTime } from '../domain/format';
import { LIVE_MS, SLOW_MS } from '../domain/live';
import { useI18n } from '../i18n/i18n';

const OPEN = (c: ComplaintSummary) => !['closed', 'cancelled'].includes(c.status);

function Reassign({ caseNo, onClose }: { caseNo: string; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const reassign = useAction(
    (v: { agent: string; reason?: string }) => unwrap(api.POST('/complaints/{caseNo}/reassign', { params: { path: { caseNo } }, body: { agent: v.agent, reason: v.reason || undefined } as never })),
    { form, fields: ['agent', 'reason'], invalidate: [['complaints'], ['complaint', caseNo]], onDone: onClose },
  );
  return (
    <Modal open title={`${t('action.reassign')} ${caseNo}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={reassign.isPending} okText={t('app.submit')} cancelText={t('app.cancel')}>
      <Form form={form} layout="vertical" onFinish={(v) => reassign.mutate(v)}>
        <Form.Item label={t('field.agent')} name="agent" rules={[{ required: true }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item label={t('field.reason')} name="reason">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Escalations() {
  const { t, language } = useI18n();
  const [reassigning, setReassigning] = useState<string | null>(null);
  // The list filters one level at a time; levels 1–3 together are the escalated cases.
  const levels = [useComplaintList({ escalationLevel: 1 }), useComplaintList({ escalationLevel: 2 }), useComplaintList({ escalationLevel: 3 })];
  const breached = useComplaintList({ breached: true });
  const waiting = useComplaintList({ status: 'forwarded' });
  const escalated = levels.flatMap((l) => l.data?.items ?? []).filter(OPEN).sort((a, b) => b.escalationLevel - a.escalationLevel || a.createdAt.localeCompare(b.createdAt));
  const table = (rows: ComplaintSummary[], testId: string) => (
    <Table
      rowKey="caseNo"
      size="middle"
      dataSource={rows}
      data-testid={testId}
      locale={{ emptyText: t('app.none') }}
      columns={[
        { title: t('complaint.caseNo'), dataIndex: 'caseNo', render: (no: string) => <Link to={`/complaints/${no}`}>{no}</Link> },
        { title: t('complaint.category'), dataIndex: 'category', render: (c: string) => t(`category.${c}`) },
        { title: t('complaint.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
        { title: t('complaint.owner'), dataIndex: 'assignedAgent' },
        { title: t('complaint.escalation'), dataIndex: 'escalationLevel', render: (l: number) => <LevelTag level={l} /> },
        { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
        { title: t('app.actions'), key: 'act', render: (_: unknown, c: ComplaintSummary) => <Button size="small" onClick={() => setReassigning(c.caseNo)} aria-label={`${t('action.reassign')} ${c.caseNo}`}>{t('action.reassign')}</Button> },
      ]}
    />
  );
  return (
    <>
      <Typography.Text type="secondary">{t('app.autoRefresh', { s: LIVE_MS / 1000 })}</Typography.Text>
      <Tabs
        items={[
          { key: 'escalated', label: `${t('supervisor.escalations')} (${escalated.length})`, children: table(escalated, 'escalations') },
          { key: 'breached', label: `${t('supervisor.breached')} (${(breached.data?.items ?? []).filter(OPEN).length})`, children: table((breached.data?.items ?? []).filter(OPEN), 'breached') },
          { key: 'waiting', label: `${t('supervisor.waitingDepartment')} (${waiting.data?.items.length ?? 0})`, children: table(waiting.data?.items ?? [], 'waiting') },
        ]}
      />
      {reassigning && <Reassign caseNo={reassigning} onClose={() => setReassigning(null)} />}
    </>
  );
}

function StaffStatus() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [form] = Form.useForm();
  const staff = useQuery({
    queryKey: ['staff'],
    queryFn: async () => (await unwrap(api.GET('/staff'))) as unknown as Page<StaffMember>,
    refetchInterval: SLOW_MS,
  });
  const setStatus = useAction(
    (v: { status: string; delegate?: string }) => unwrap(api.PUT('/staff/{code}/status', { params: { path: { code: editing!.code } }, body: { status: v.status, delegate: v.delegate || undefined } as never })),
    { form, fields: ['status', 'delegate'], invalidate: [['staff']], onDone: () => setEditing(null) },
  );
  return (
    <>
      <Table
        rowKey="code"
        dataSource={staff.data?.items ?? []}
        loading={staff.isLoading}
        columns={[
          { title: t('staff.code'), dataIndex: 'code' },
          { title: t('staff.name'), dataIndex: 'name' },
          { title: t('staff.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
          { title: t('staff.status'), dataIndex: 'status', render: (s: string, m) => <Tag color={s === 'active' ? 'green' : s === 'absent' ? 'orange' : 'default'}>{t(`staff.status.${s}`)}{m.delegateCode ? ` → ${m.delegateCode}` : ''}</Tag> },
          { title: 'open', dataIndex: 'openCases' },
          { title: t('app.actions'), key: 'act', render: (_: unknown, m: StaffMember) => <Button size="small" onClick={() => setEditing(m)}>{t('supervisor.setStatus')}</Button> },
        ]}
      />
      {editing && (
        <Modal open title={`${t('supervisor.setStatus')} ${editing.code}`} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={setStatus.isPending} okText={t('app.submit')} cancelText={t('app.cancel')}>
          <Form form={form} layout="vertical" initialValues={{ status: editing.status }} onFinish={(v) => setStatus.mutate(v)}>
            <Form.Item label={t('staff.status')} name="status" rules={[{ required: true }]}>
              <Select options={['active', 'absent', 'departed'].map((s) => ({ value: s, label: t(`staff.status.${s}`) }))} />
            </Form.Item>
            <Form.Item label={t('supervisor.delegate')} name="delegate">
              <Input />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}

export function Supervisor() {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.supervisor')}</Typography.Title>
      <Card title={t('supervisor.escalations')}>
        <Escalations />
      </Card>
      <Card title={t('supervisor.staff')}>
        <StaffStatus />
      </Card>
    </Space>
  );
}
