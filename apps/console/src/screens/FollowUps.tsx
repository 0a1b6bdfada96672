import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/auth';
import { useAction } from '../components/useAction';
import { businessDate, formatTime } from '../domain/format';
import { SLOW_MS } from '../domain/live';
import { isSupervisorOrUp } from '../domain/roles';
import { useI18n } from '../i18n/i18n';
import type { WorklistItem } from './Workbench';
import { FollowUpPlan } from './FollowUpPlan';
import { Link, useSearchParams } from 'react-router-dom';

interface ScriptLine {
  id: string;
  text: string;
  type: 'yes_no' | 'text' | 'number';
  required: boolean;
  when: 'reached' | 'satisfied' | 'unsatisfied';
}
const OUTCOMES = ['reached', 'no_answer', 'busy', 'wrong_number'];
const ATTEMPT_FIELDS = ['outcome', 'satisfactionScore', 'notes'];

/** F-9..F-11: one attempt of a call, with the script's answers and the outcome. */
function AttemptForm({ item, onClose }: { item: WorklistItem; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const outcome = Form.useWatch('outcome', form);
  const script = item.script as unknown as ScriptLine[];
  const record = useAction(
    async (values: Record<string, unknown>) => {
      const answers = Object.fromEntries(script.map((line) => [line.id, values[`answer_${line.id}`]]).filter(([, v]) => v !== undefined && v !== ''));
      return unwrap(
        api.POST('/follow-ups/{planId}/calls/{callId}/attempts', {
          params: { path: { planId: item.planId, callId: item.callId } },
          body: { outcome: values.outcome, satisfactionScore: values.satisfactionScore ?? undefined, notes: values.notes || undefined, ...(Object.keys(answers).length ? { answers } : {}) } as never,
        }),
      );
    },
    { form, fields: ATTEMPT_FIELDS, invalidate: [['worklist']], onDone: onClose },
  );
  return (
    <Modal open title={`${t('followUp.record')} · ${item.customer.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending} okText={t('app.submit')} cancelText={t('app.cancel')} width={640}>
      <Form form={form} layout="vertical" onFinish={(v) => record.mutate(v)} initialValues={{ outcome: 'reached' }}>
        <Form.Item label={t('followUp.outcome')} name="outcome" rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`followUp.outcome.${o}`) }))} />
        </Form.Item>
        {outcome === 'reached' && (
          <>
            <Form.Item label={t('field.score')} name="satisfactionScore">
              <InputNumber min={1} max={5} />
            </Form.Item>
            <Typography.Text strong>{t('workbench.script')}</Typography.Text>
            {script.map((line) => (
              <Form.Item key={line.id} name={`answer_${line.id}`} label={line.type === 'yes_no' ? undefined : line.text} valuePropName={line.type === 'yes_no' ? 'checked' : 'value'}>
                {line.type === 'yes_no' ? <Checkbox>{line.text}</Checkbox> : line.type === 'number' ? <InputNumber /> : <Input />}
              </Form.Item>
            ))}
          </>
        )}
        <Form.Item label={t('field.note')} name="notes">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function FollowUps() {
  const me = useMe();
  const { t, language } = useI18n();
  const [date, setDate] = useState(businessDate(0));
  const [agent, setAgent] = useState<string | undefined>(isSupervisorOrUp(me.role) ? undefined : me.code);
  const [attempt, setAttempt] = useState<WorklistItem | null>(null);
  const [params] = useSearchParams();
  const planId = params.get('plan');
  const worklist = useQuery({
    queryKey: ['worklist', agent, date],
    queryFn: async () => (await unwrap(api.GET('/worklist', { params: { query: { agent, date, limit: 200 } as never } }))) as unknown as { items: WorklistItem[] },
    refetchInterval: SLOW_MS,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('menu.followUps')}</Typography.Title>
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <label htmlFor="fu-date">{t('followUp.date')}</label>
          <DatePicker id="fu-date" value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} allowClear={false} />
          {isSupervisorOrUp(me.role) && <Input aria-label={t('customer.agent')} placeholder={t('staff.code')} allowClear style={{ width: 140 }} onChange={(e) => setAgent(e.target.value || undefined)} />}
        </Space>
        <Table
          rowKey="callId"
          loading={worklist.isLoading}
          dataSource={worklist.data?.items ?? []}
          expandable={{ expandedRowRender: (item) => <ol>{(item.script as unknown as ScriptLine[]).map((l) => <li key={l.id}>{l.text}</li>)}</ol> }}
          columns={[
            { title: t('followUp.plan'), dataIndex: 'planId', render: (id: string) => <Link to={`/follow-ups?plan=${id}`}>{id}</Link> },
            { title: t('followUp.trigger'), dataIndex: 'trigger' },
            { title: t('complaint.customer'), key: 'customer', render: (_: unknown, i) => `${i.customer.name} ${i.customer.phone ?? ''}` },
            { title: t('followUp.localTime'), key: 'local', render: (_: unknown, i) => <Space>{i.customer.localTime}{i.customer.callAllowedNow ? <Tag color="green">{t('workbench.callAllowed')}</Tag> : <Tag color="orange">{t('workbench.quietHours')}</Tag>}</Space> },
            { title: t('followUp.dueAt'), dataIndex: 'nextAttemptAt', render: (at: string) => formatTime(at, language) },
            { title: t('followUp.window'), dataIndex: 'windowEnd', render: (at: string) => formatTime(at, language) },
            { title: t('followUp.outcome'), dataIndex: 'lastOutcome', render: (o: string | null) => (o ? t(`followUp.outcome.${o}`) : '—') },
            { title: t('app.actions'), key: 'act', render: (_: unknown, i) => <Button size="small" onClick={() => setAttempt(i)}>{t('followUp.record')}</Button> },
          ]}
        />
      </Card>
      {planId && <FollowUpPlan planId={planId} />}
      {attempt && <AttemptForm item={attempt} onClose={() => setAttempt(null)} />}
    </Space>
  );
}
