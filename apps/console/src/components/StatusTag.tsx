import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';

const COLORS: Record<string, string> = {
  registered: 'default',
  assigned: 'blue',
  contacted: 'cyan',
  forwarded: 'purple',
  department_answered: 'geekblue',
  department_timed_out: 'red',
  resolved: 'green',
  reopened: 'orange',
  closed: 'default',
  cancelled: 'default',
  refunded: 'green',
  rejected: 'red',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status] ?? 'blue'}>{t(`status.${status}`)}</Tag>;
}

export function LevelTag({ level }: { level: number }) {
  const { t } = useI18n();
  return <Tag color={level > 0 ? (level > 1 ? 'red' : 'orange') : 'default'}>{`L${level} ${t(`level.${level}`)}`}</Tag>;
}
