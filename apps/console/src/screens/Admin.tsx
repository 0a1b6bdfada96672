import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Page, StaffMember } from '../api/views';
import { useAction } from '../components/useAction';
import { formatTime } from '../domain/format';
import { useI18n } from '../i18n/i18n';

type PolicyKind = '/sla-policies' | '/return-policies' | '/follow-up-policies';
interface Policy {
  code: string;
  version: number;
  active?: boolean;
  createdAt?: string;
  [key: string]: unknown;
}

/** What a new version sends: the policy as read, less what the server assigns. */
function versionBody(policy: Policy): Record<string, unknown> {
  const { code: _code, version: _version, createdAt: _createdAt, createdBy: _createdBy, updatedAt: _updatedAt, ...terms } = policy;
  return terms;
}

function Policies({ kind }: { kind: PolicyKind }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<Policy | null>(null);
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const policies = useQuery({ queryKey: ['policies', kind], queryFn: async () => (await unwrap(api.GET(kind))) as unknown as Page<Policy> });
  const save = useAction(
    (body: Record<string, unknown>) => unwrap(api.PUT(`${kind}/{code}` as '/sla-policies/{code}', { params: { path: { code: editing!.code } }, body: body as never })),
    { invalidate: [['policies', kind]], onDone: () => setEditing(null) },
  );
  const submit = () => {
    try {
      setParseError(null);
      save.mutate(JSON.parse(text));
    } catch (error) {
      setParseError((error as Error).message);
    }
  };
  return (
    <>
      <Table
        rowKey={(p) => `${p.code}-${p.version}`}
        size="small"
        loading={policies.isLoading}
        dataSource={policies.data?.items ?? []}
        columns={[
          { title: 'code', dataIndex: 'code' },
          { title: t('admin.version'), dataIndex: 'version' },
          { title: 'active', dataIndex: 'active', render: (a: boolean | undefined) => (a === false ? '✗' : '✓') },
          { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
          {
            title: t('app.actions'),
            key: 'edit',
            render: (_: unknown, p: Policy) => (
              <Button size="small" onClick={() => { setEditing(p); setText(JSON.stringify(versionBody(p), null, 2)); }}>
                {t('admin.newVersion')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <Modal open width={760} title={`${editing.code} · ${t('admin.version')} ${editing.version} → ${editing.version + 1}`} onCancel={() => setEditing(null)} onOk={submit} confirmLoading={save.isPending} okText={t('admin.newVersion')} cancelText={t('app.cancel')}>
          {parseError && <Alert type="error" message={parseError} />}
          <Input.TextArea aria-label={editing.code} value={text} onChange={(e) => setText(e.target.value)} rows={20} style={{ fontFamily: 'monospace' }} />
        </Modal>
      )}
    </>
  );
}

function Staff() {
  const { t } = useI18n();
  const staff = useQuery({ queryKey: ['staff'], queryFn: async () => (await unwrap(api.GET('/staff'))) as unknown as Page<StaffMember> });
  const [form] = Form.useForm();
  const create = useAction((v: Record<string, unknown>) => unwrap(api.POST('/staff', { body: v as never })), { form, fields: ['code', 'name', 'role'], invalidate: [['staff']], onDone: () => form.resetFields() });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={(v) => create.mutate(v)}>
        <Form.Item label={t('staff.code')} name="code" rules={[{ required: true }]}>
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label={t('staff.name')} name="name" rules={[{ required: true }]}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('staff.role')} name="role" rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={['agent', 'supervisor', 'manager', 'gm_office', 'admin', 'warehouse', 'finance'].map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Button htmlType="submit" loading={create.isPending}>
          {t('app.save')}
        </Button>
      </Form>
      <Table
        rowKey="code"
        size="small"
        dataSource={staff.data?.items ?? []}
        columns={[
          { title: t('staff.code'), dataIndex: 'code' },
          { title: t('staff.name'), dataIndex: 'name' },
          { title: t('staff.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
          { title: t('staff.status'), dataIndex: 'status', render: (s: string) => t(`staff.status.${s}`) },
        ]}
      />
    </Space>
  );
}

function ApiKeys() {
  const { t, language } = useI18n();
  const [form] = Form.useForm();
  const [shown, setShown] = useState<string | null>(null);
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => (await unwrap(api.GET('/api-keys'))) as unknown as Array<Record<string, unknown>> });
  const create = useAction((v: Record<string, unknown>) => unwrap(api.POST('/api-keys', { body: v as never })), {
    form,
    fields: ['name', 'role', 'actor'],
    invalidate: [['api-keys']],
    onDone: (result) => setShown((result as { key: string }).key),
  });
  const revoke = useAction((id: string) => unwrap(api.DELETE('/api-keys/{id}', { params: { path: { id } } })), { invalidate: [['api-keys']] });
  const rows = Array.isArray(keys.data) ? keys.data : ((keys.data as unknown as Page<Record<string, unknown>> | undefined)?.items ?? []);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {shown && <Alert type="success" message={t('admin.keyShownOnce')} description={<Typography.Text copyable code>{shown}</Typography.Text>} closable onClose={() => setShown(null)} />}
      <Form form={form} layout="inline" onFinish={(v) => create.mutate(v)}>
        <Form.Item label="name" name="name" rules={[{ required: true }]}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label={t('staff.role')} name="role" rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={['agent', 'supervisor', 'manager', 'gm_office', 'admin', 'department'].map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item label="actor" name="actor" rules={[{ required: true }]}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Button htmlType="submit">{t('admin.createKey')}</Button>
      </Form>
      <Table
        rowKey={(k) => String(k.id)}
        size="small"
        dataSource={rows}
        columns={[
          { title: 'id', dataIndex: 'id' },
          { title: 'name', dataIndex: 'name' },
          { title: t('staff.role'), dataIndex: 'role' },
          { title: 'actor', dataIndex: 'actor' },
          { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
          { title: t('app.actions'), key: 'revoke', render: (_: unknown, k) => <Button size="small" danger disabled={Boolean(k.revokedAt)} onClick={() => revoke.mutate(String(k.id))}>{t('admin.revoke')}</Button> },
        ]}
      />
    </Space>
  );
}

export default function Admin() {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.admin')}</Typography.Title>
      <Card>
        <Tabs
          items={[
            { key: 'sla', label: t('admin.slaPolicies'), children: <Policies kind="/sla-policies" /> },
            { key: 'return', label: t('admin.returnPolicies'), children: <Policies kind="/return-policies" /> },
            { key: 'followUp', label: t('admin.followUpPolicies'), children: <Policies kind="/follow-up-policies" /> },
            { key: 'staff', label: t('admin.staff'), children: <Staff /> },
            { key: 'keys', label: t('admin.apiKeys'), children: <ApiKeys /> },
          ]}
        />
      </Card>
    </Space>
  );
}
