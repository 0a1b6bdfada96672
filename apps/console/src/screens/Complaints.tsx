import { useState } from 'react';
import { Card, Select, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useComplaintList } from '../api/queries';
import type { ComplaintSummary } from '../api/views';
import { useMe } from '../auth/auth';
import { LevelTag, StatusTag } from '../components/StatusTag';
import { formatTime } from '../domain/format';
import { isSupervisorOrUp } from '../domain/roles';
import { useI18n } from '../i18n/i18n';

const STATUSES = ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'resolved', 'satisfaction_confirmed', 'reopened', 'closed', 'cancelled'];

export function ComplaintTable({ rows, loading }: { rows: ComplaintSummary[]; loading?: boolean }) {
  const { t, language } = useI18n();
  return (
    <Table
      rowKey="caseNo"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 20 }}
      columns={[
        { title: t('complaint.caseNo'), dataIndex: 'caseNo', render: (caseNo: string) => <Link to={`/complaints/${caseNo}`}>{caseNo}</Link> },
        { title: t('complaint.customer'), dataIndex: 'customerName' },
        { title: t('complaint.category'), dataIndex: 'category', render: (c: string) => t(`category.${c}`) },
        { title: t('complaint.severity'), dataIndex: 'severity', render: (s: string) => t(`severity.${s}`) },
        { title: t('complaint.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
        { title: t('complaint.owner'), dataIndex: 'assignedAgent' },
        { title: t('complaint.escalation'), dataIndex: 'escalationLevel', render: (l: number) => <LevelTag level={l} /> },
        { title: t('complaint.nextDeadline'), dataIndex: 'nextDeadlineAt', render: (at: string | null) => (at ? formatTime(at, language) : '—') },
        { title: t('complaint.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at, language) },
      ]}
    />
  );
}

export function Complaints() {
  const me = useMe();
  const { t } = useI18n();
  const [status, setStatus] = useState<string | undefined>();
  const list = useComplaintList({ status, ...(isSupervisorOrUp(me.role) ? {} : { agent: me.code }) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('complaint.list')}</Typography.Title>
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <label htmlFor="complaint-status">{t('complaint.status')}</label>
          <Select id="complaint-status" allowClear style={{ width: 200 }} value={status} onChange={setStatus} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Space>
        <ComplaintTable rows={list.data?.items ?? []} loading={list.isLoading} />
      </Card>
    </Space>
  );
}
