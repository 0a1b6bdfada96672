// Display rules: times in the business time zone, money in yuan (the API stores fen).
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export function formatTime(iso: string | null | undefined, language = 'zh-CN'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${(fen / 100).toFixed(2)}`;
}

/** A yuan amount typed by a person, in whole fen (the API's unit). */
export const toFen = (yuanAmount: number) => Math.round(yuanAmount * 100);

/** Today's date (YYYY-MM-DD) in the business time zone, `days` ahead. */
export function businessDate(days = 0, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE }).format(new Date(now + days * 86_400_000));
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
