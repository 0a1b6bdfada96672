import { Card, Descriptions, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/auth';
import { ActionBar } from '../components/ActionBar';
import { formatTime } from '../domain/format';
import { LIVE_MS } from '../domain/live';
import { isSupervisorOrUp } from '../domain/roles';
import { useI18n } from '../i18n/i18n';

interface Plan {
  planId: string;
  trigger: string;
  tier: number;
  status: 'active' | 'completed' | 'cancelled';
  customerNo: string;
  agent: string | null;
  policy: string | null;
  calls: Array<{
    callId: string;
    purpose: string;
    status: string;
    agent: string;
    dueAt: string;
    windowEnd: string;
    attempts: Array<{ no: number; at: string; outcome: string; satisfactionScore: number | null }>;
    missReason: string | null;
    complaint: { caseNo: string; status: string } | null;
  }>;
}

/** A follow-up plan (回访计划): its calls with their attempts, F-10 complaints; supervisors cancel or reassign. */
export function FollowUpPlan({ planId }: { planId: string }) {
  const me = useMe();
  const { t, language } = useI18n();
  const plan = useQuery({
    queryKey: ['follow-up', planId],
    queryFn: async () => (await unwrap(api.GET('/follow-ups/{planId}', { params: { path: { planId } } }))) as unknown as Plan,
    refetchInterval: LIVE_MS,
  });
  const p = plan.data;
  if (!p) return <Card loading={plan.isLoading}>{plan.error?.message}</Card>;
  const supervisor = isSupervisorOrUp(me.role) && p.status === 'active';
  const path = { params: { path: { planId } } };
  return (
    <Card title={`${t('followUp.plan')} ${p.planId}`}>
      <Descriptions size="small" column={4}>
        <Descriptions.Item label={t('followUp.trigger')}>{p.trigger}</Descriptions.Item>
        <Descriptions.Item label={t('complaint.customer')}>
          <Link to={`/customers/${p.customerNo}`}>{p.customerNo}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('complaint.owner')}>{p.agent ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('complaint.status')}>{p.status}</Descriptions.Item>
      </Descriptions>
      <ActionBar
        invalidate={[['follow-up', planId], ['worklist']]}
        actions={[
          { key: 'reassign', label: t('action.reassign'), enabled: supervisor, fields: [{ name: 'agent', label: t('field.agent'), required: true }], run: (v) => unwrap(api.POST('/follow-ups/{planId}/reassign', { ...path, body: v as never })) },
          { key: 'cancel', label: t('app.cancel'), danger: true, enabled: supervisor, fields: [{ name: 'reason', label: t('field.reason'), required: true }], run: (v) => unwrap(api.POST('/follow-ups/{planId}/cancel', { ...path, body: v as never })) },
        ]}
      />
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="callId"
        pagination={false}
        dataSource={p.calls}
        columns={[
          { title: t('followUp.call'), dataIndex: 'purpose' },
          { title: t('complaint.status'), dataIndex: 'status', render: (s: string, c) => <Tag>{s}{c.missReason ? ` · ${c.missReason}` : ''}</Tag> },
          { title: t('followUp.dueAt'), dataIndex: 'dueAt', render: (at: string) => formatTime(at, language) },
          { title: t('followUp.window'), dataIndex: 'windowEnd', render: (at: string) => formatTime(at, language) },
          { title: t('followUp.outcome'), key: 'attempts', render: (_: unknown, c) => c.attempts.map((a) => `${t(`followUp.outcome.${a.outcome}`)}${a.satisfactionScore ? ` (${a.satisfactionScore})` : ''}`).join(' → ') || '—' },
          { title: t('complaint.caseNo'), key: 'complaint', render: (_: unknown, c) => (c.complaint ? <Link to={`/complaints/${c.complaint.caseNo}`}>{c.complaint.caseNo}</Link> : '—') },
        ]}
      />
    </Card>
  );
}
