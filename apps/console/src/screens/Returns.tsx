import { useState } from 'react';
import { Badge, Card, Col, Input, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Page, ReturnSummary } from '../api/views';
import { StatusTag } from '../components/StatusTag';
import { formatTime } from '../domain/format';
import { LIVE_MS } from '../domain/live';
import { useI18n } from '../i18n/i18n';

// the states a request passes through, in order, as the board's columns.
const BOARD = ['requested', 'agreed', 'rejected', 'buyer_shipped', 'received', 'inspected', 'refund_pending', 'replacement_shipped'];
const TYPES = ['refund_only', 'return_and_refund', 'exchange'];

export function Returns() {
  const { t, language } = useI18n();
  const [view, setView] = useState<'board' | 'list'>('board');
  const [type, setType] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [customerNo, setCustomerNo] = useState<string | undefined>();
  const [handler, setHandler] = useState<string | undefined>();
  const list = useQuery({
    queryKey: ['returns', type, status, customerNo, handler],
    queryFn: async () => (await unwrap(api.GET('/returns', { params: { query: { limit: 200, type, status, customerNo, handler } as never } }))) as unknown as Page<ReturnSummary>,
    refetchInterval: LIVE_MS,
  });
  const rows = list.data?.items ?? [];
  const link = (returnNo: string) => <Link to={`/returns/${returnNo}`}>{returnNo}</Link>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.returns')}</Typography.Title>
      <Space>
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'board' | 'list')}
          options={[
            { value: 'board', label: t('return.board') },
            { value: 'list', label: t('return.list') },
          ]}
        />
        <Select aria-label={t('return.type')} placeholder={t('return.type')} allowClear style={{ width: 160 }} value={type} onChange={setType} options={TYPES.map((v) => ({ value: v, label: t(`returnType.${v}`) }))} />
        {view === 'list' && (
          <Select aria-label={t('return.status')} placeholder={t('return.status')} allowClear style={{ width: 180 }} value={status} onChange={setStatus} options={[...BOARD, 'refunded', 'delivered', 'closed', 'cancelled'].map((v) => ({ value: v, label: t(`status.${v}`) }))} />
        )}
        <Input.Search aria-label={t('customer.customerNo')} placeholder={t('customer.customerNo')} allowClear style={{ width: 180 }} onSearch={(v) => setCustomerNo(v.trim() || undefined)} />
        <Input.Search aria-label={t('return.handler')} placeholder={t('return.handler')} allowClear style={{ width: 150 }} onSearch={(v) => setHandler(v.trim() || undefined)} />
      </Space>
      {view === 'board' ? (
        <Row gutter={[8, 8]} wrap>
          {BOARD.map((state) => {
            const inState = rows.filter((r) => r.status === state);
            return (
              <Col key={state} flex="1 0 140px">
                <Card size="small" title={<Badge count={inState.length} showZero color="#1d4ed8" offset={[12, 0]}>{t(`status.${state}`)}</Badge>} data-testid={`board-${state}`}>
                  <Space direction="vertical" size={4}>
                    {inState.map((r) => (
                      <div key={r.returnNo}>
                        {link(r.returnNo)}
                        <div style={{ fontSize: 12, color: '#666' }}>{t(`returnType.${r.type}`)}</div>
                      </div>
                    ))}
                  </Space>
                </Card>
              </Col>
            );
          })}
        </Row>
      ) : (
        <Table
          rowKey="returnNo"
          loading={list.isLoading}
          dataSource={rows}
          columns={[
            { title: t('return.returnNo'), dataIndex: 'returnNo', render: link },
            { title: t('return.type'), dataIndex: 'type', render: (v: string) => t(`returnType.${v}`) },
            { title: t('return.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
            { title: t('complaint.customer'), dataIndex: 'customerNo' },
            { title: t('return.handler'), dataIndex: 'handler' },
            { title: t('field.description'), dataIndex: 'summary' },
            { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
          ]}
        />
      )}
    </Space>
  );
}
