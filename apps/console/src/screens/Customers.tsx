import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { formatTime } from '../domain/format';
import { useI18n } from '../i18n/i18n';
import { CustomerLookup } from './Intake';

interface CustomerFile {
  customerNo: string;
  name: string;
  phone: string | null;
  tier: string;
  region: string | null;
  address: string | null;
  organisation: string | null;
  assignedAgentCode: string | null;
  completeness: { complete: boolean; missing: string[] };
  products: Array<{ id?: string; model?: string; serialNo?: string | null; plate?: string | null; purchaseDate?: string | null }>;
  serviceHistory: Array<{ caseNo: string; kind: string; status: string; summary: string; createdAt: string }>;
}

function CustomerFileView({ customerNo }: { customerNo: string }) {
  const { t, language } = useI18n();
  const file = useQuery({
    queryKey: ['customer', customerNo, 'file'],
    queryFn: async () => (await unwrap(api.GET('/customers/{customerNo}', { params: { path: { customerNo } } }))) as unknown as CustomerFile,
  });
  if (file.error) return <Alert type="error" message={file.error.message} />;
  const c = file.data;
  if (!c) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={`${c.name} · ${c.customerNo}`}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('customer.phone')}>{c.phone}</Descriptions.Item>
          <Descriptions.Item label={t('customer.tier')}>{c.tier}</Descriptions.Item>
          <Descriptions.Item label={t('customer.region')}>{c.region}</Descriptions.Item>
          <Descriptions.Item label={t('customer.agent')}>{c.assignedAgentCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="A-4">
            {c.completeness.complete ? <Tag color="green">{t('customer.complete')}</Tag> : <Tag color="orange">{`${t('customer.incomplete')} · ${t('customer.missing')}: ${c.completeness.missing.join(', ')}`}</Tag>}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('customer.products')} size="small">
        <Table size="small" pagination={false} rowKey={(p) => String(p.id ?? p.serialNo)} dataSource={c.products} locale={{ emptyText: t('app.none') }} columns={[{ title: 'model', dataIndex: 'model' }, { title: t('lookup.serialNo'), dataIndex: 'serialNo' }, { title: t('lookup.plate'), dataIndex: 'plate' }, { title: 'purchase', dataIndex: 'purchaseDate' }]} />
      </Card>
      <Card title={t('customer.history')} size="small">
        <Table
          size="small"
          rowKey="caseNo"
          dataSource={c.serviceHistory}
          columns={[
            { title: t('complaint.caseNo'), dataIndex: 'caseNo', render: (no: string, row) => <Link to={row.kind === 'complaint' ? `/complaints/${no}` : row.kind === 'return' ? `/returns/${no}` : '#'}>{no}</Link> },
            { title: t('return.type'), dataIndex: 'kind' },
            { title: t('complaint.status'), dataIndex: 'status', render: (s: string) => t(`status.${s}`) },
            { title: t('field.summary'), dataIndex: 'summary' },
            { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
          ]}
        />
      </Card>
    </Space>
  );
}

export function Customers() {
  const { customerNo } = useParams();
  const navigate = useNavigate();
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.customers')}</Typography.Title>
      <Card>
        <CustomerLookup onChoose={(c) => navigate(`/customers/${c.customerNo}`)} />
      </Card>
      {customerNo && <CustomerFileView customerNo={customerNo} />}
    </Space>
  );
}
