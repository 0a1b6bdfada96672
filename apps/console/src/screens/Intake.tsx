import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Customer, Page } from '../api/views';
import { useAction } from '../components/useAction';
import { newIdempotencyKey } from '../domain/format';
import { useI18n } from '../i18n/i18n';

const CHANNELS = ['phone', 'email', 'chat', 'shop', 'in_person'] as const;
const CATEGORIES = ['quality', 'service', 'logistics', 'billing', 'other'] as const;
const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
const FIELDS = ['customerNo', 'channel', 'category', 'severity', 'description', 'productRef', 'majorInformation', 'keyPart'];

interface LookupValues {
  phone?: string;
  name?: string;
  serialNo?: string;
  plate?: string;
}

/** find the customer by phone (whole or the last 4 digits), name, VIN/serial or plate. */
export function CustomerLookup({ onChoose }: { onChoose: (customer: Customer) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<LookupValues>();
  const search = useAction(
    async (values: LookupValues) => {
      const query = Object.fromEntries(Object.entries(values).filter(([, v]) => v));
      return (await unwrap(api.GET('/customers', { params: { query: { ...query, limit: 20 } as never } }))) as unknown as Page<Customer>;
    },
    { form, fields: ['phone', 'name', 'serialNo', 'plate'] },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={(v) => search.mutate(v)} aria-label={t('lookup.title')}>
        <Form.Item label={t('lookup.phone')} name="phone">
          <Input allowClear style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label={t('lookup.name')} name="name">
          <Input allowClear style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('lookup.serialNo')} name="serialNo">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('lookup.plate')} name="plate">
          <Input allowClear style={{ width: 100 }} />
        </Form.Item>
        <Button htmlType="submit" loading={search.isPending}>
          {t('app.search')}
        </Button>
      </Form>
      {search.data && (
        <Table
          rowKey="customerNo"
          size="small"
          pagination={false}
          dataSource={search.data.items}
          locale={{ emptyText: t('lookup.noResult') }}
          columns={[
            { title: t('customer.customerNo'), dataIndex: 'customerNo' },
            { title: t('customer.name'), dataIndex: 'name' },
            { title: t('customer.phone'), dataIndex: 'phone' },
            { title: t('customer.tier'), dataIndex: 'tier' },
            { title: t('customer.region'), dataIndex: 'region' },
            {
              title: t('app.actions'),
              key: 'choose',
              render: (_: unknown, c: Customer) => (
                <Button size="small" onClick={() => onChoose(c)} aria-label={`${t('lookup.choose')} ${c.customerNo}`}>
                  {t('lookup.choose')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}

interface IntakeValues {
  channel: string;
  category: string;
  severity: string;
  description: string;
  productRef?: string;
  majorInformation?: boolean;
}

export function Intake() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [customer, setCustomer] = useState<Customer | null>(null);
  // One key per filled-in form: a double click or a retry registers one case (C-1).
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<IntakeValues>();
  const register = useAction(
    async (values: IntakeValues) =>
      unwrap(
        api.POST('/complaints', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { ...values, customerNo: customer?.customerNo ?? '', productRef: values.productRef || undefined } as never,
        }),
      ),
    {
      form,
      fields: FIELDS,
      invalidate: [['complaints']],
      onDone: (result) => {
        setIdempotencyKey(newIdempotencyKey());
        navigate(`/complaints/${(result as unknown as { caseNo: string }).caseNo}`);
      },
    },
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.intake')}</Typography.Title>
      <Card title={t('lookup.title')}>
        <CustomerLookup onChoose={setCustomer} />
      </Card>
      <Card title={customer ? `${t('lookup.chosen')}: ${customer.name} (${customer.customerNo})` : t('complaint.register')}>
        <Form form={form} layout="vertical" onFinish={(v) => register.mutate(v)} initialValues={{ channel: 'phone', severity: 'normal' }} disabled={!customer} style={{ maxWidth: 720 }}>
          <Space size="large" wrap>
            <Form.Item label={t('complaint.channel')} name="channel" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
            <Form.Item label={t('complaint.category')} name="category" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
            </Form.Item>
            <Form.Item label={t('complaint.severity')} name="severity" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={SEVERITIES.map((c) => ({ value: c, label: t(`severity.${c}`) }))} />
            </Form.Item>
          </Space>
          <Form.Item label={t('complaint.description')} name="description" rules={[{ required: true }]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t('complaint.productRef')} name="productRef">
            <Input />
          </Form.Item>
          <Form.Item name="majorInformation" valuePropName="checked">
            <Checkbox>{t('complaint.majorInformation')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('complaint.register')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
