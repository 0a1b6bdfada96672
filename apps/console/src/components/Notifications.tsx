import { Alert, List, Tag } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { Page } from '../api/views';
import { useMe } from '../auth/auth';
import { formatTime } from '../domain/format';
import { LIVE_MS } from '../domain/live';
import { isSupervisorOrUp } from '../domain/roles';
import { useI18n } from '../i18n/i18n';

interface OutboxMessage {
  id: number;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  caseNo: string | null;
  createdAt: string;
}

/**
 * The messages addressed to me (my staff code or my role). The API has no staff inbox yet: only
 * supervisors and up may read the outbox, and it has no read/unread state, so agents see a notice.
 */
export function Notifications() {
  const me = useMe();
  const { t, language } = useI18n();
  const allowed = isSupervisorOrUp(me.role);
  const queries = useQueries({
    queries: [me.code, me.role].map((recipient) => ({
      queryKey: ['outbox', recipient],
      enabled: allowed,
      refetchInterval: LIVE_MS,
      queryFn: async () => (await unwrap(api.GET('/outbox', { params: { query: { recipient, limit: 20 } as never } }))) as unknown as Page<OutboxMessage>,
    })),
  });
  if (!allowed) return <Alert type="info" showIcon message={t('workbench.notificationsMissing')} />;
  const messages = queries.flatMap((q) => q.data?.items ?? []).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const link = (caseNo: string) => (caseNo.startsWith('CP-') ? `/complaints/${caseNo}` : caseNo.startsWith('RT-') ? `/returns/${caseNo}` : `/follow-ups?plan=${caseNo}`);
  return (
    <List
      size="small"
      data-testid="notifications"
      dataSource={messages}
      locale={{ emptyText: t('app.none') }}
      renderItem={(m) => (
        <List.Item>
          <List.Item.Meta
            title={
              <span>
                <Tag>{m.channel}</Tag>
                {m.subject} {m.caseNo && <Link to={link(m.caseNo)}>{m.caseNo}</Link>}
              </span>
            }
            description={`${formatTime(m.createdAt, language)} · ${m.body.slice(0, 160)}`}
          />
        </List.Item>
      )}
    />
  );
}
