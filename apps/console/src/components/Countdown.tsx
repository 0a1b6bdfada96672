import { useEffect, useState } from 'react';
import { Tag } from 'antd';
import { countdown, formatDuration, type CountdownBasis } from '../domain/countdown';
import { useI18n } from '../i18n/i18n';

/** A deadline's remaining business time, ticking each second while the clock runs. */
export function Countdown({ basis }: { basis: CountdownBasis }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (basis.paused) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [basis.paused]);
  const view = countdown(basis, now);
  const color = basis.paused ? 'default' : view.overdue ? 'red' : view.remainingMs < 3_600_000 ? 'orange' : 'green';
  return (
    <Tag color={color} data-testid="countdown" aria-label={t('complaint.remaining')}>
      {basis.paused ? `⏸ ${t('complaint.paused')} ` : ''}
      {view.overdue ? `${t('complaint.overdue')} ` : ''}
      {formatDuration(view.remainingMs)}
    </Tag>
  );
}
