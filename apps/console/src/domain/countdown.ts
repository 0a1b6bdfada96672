// The live SLA countdown. The server gives each pending deadline's remaining *business* time when the
// case is read; between reads the console counts down only while business time runs: never while the
// clock is paused, and on the working-hours calendar only inside working hours (09:00–18:00, Monday to
// Friday, in the policy's time zone). Statutory holidays are known to the server only, so the next
// read (every few seconds) corrects the figure; the console never decides a deadline itself.

export interface CountdownBasis {
  /** `remainingBusinessMs` of the deadline as the server computed it at `readAt`. */
  remainingBusinessMs: number;
  readAt: number;
  paused: boolean;
  /** `24x7` or `cn-working-hours`. */
  calendar: string;
  timeZone: string;
}

export interface CountdownView {
  remainingMs: number;
  /** False while paused or outside working hours: the figure stands still. */
  running: boolean;
  overdue: boolean;
}

const WORK_START_MINUTE = 9 * 60;
const WORK_END_MINUTE = 18 * 60;
const MINUTE = 60_000;

/** Minutes east of UTC of `timeZone` at `at` (Asia/Shanghai: +480). */
export function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(at / 1000) * 1000) / MINUTE);
}

function isWorkingDay(localMidnight: number): boolean {
  const day = new Date(localMidnight).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Business milliseconds between `from` and `to` on the calendar (no holidays: see above). */
export function businessMsBetween(from: number, to: number, calendar: string, timeZone: string): number {
  if (to <= from) return 0;
  if (calendar === '24x7') return to - from;
  const shift = offsetMinutes(timeZone, from) * MINUTE;
  // Work in "local wall time as if UTC", day by day.
  let total = 0;
  const localFrom = from + shift;
  const localTo = to + shift;
  for (let midnight = Math.floor(localFrom / 86_400_000) * 86_400_000; midnight < localTo; midnight += 86_400_000) {
    if (!isWorkingDay(midnight)) continue;
    const start = Math.max(localFrom, midnight + WORK_START_MINUTE * MINUTE);
    const end = Math.min(localTo, midnight + WORK_END_MINUTE * MINUTE);
    if (end > start) total += end - start;
  }
  return total;
}

export function isBusinessTime(at: number, calendar: string, timeZone: string): boolean {
  return businessMsBetween(at, at + 1000, calendar, timeZone) > 0;
}

export function countdown(basis: CountdownBasis, now: number): CountdownView {
  if (basis.paused) return { remainingMs: basis.remainingBusinessMs, running: false, overdue: basis.remainingBusinessMs <= 0 };
  const elapsed = businessMsBetween(basis.readAt, now, basis.calendar, basis.timeZone);
  const remainingMs = basis.remainingBusinessMs - elapsed;
  return { remainingMs, running: isBusinessTime(now, basis.calendar, basis.timeZone), overdue: remainingMs <= 0 };
}

/** `2天 03:04:05` style: days of 24 business hours are not meaningful, so hours run on (e.g. `27:04:05`). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sign}${two(hours)}:${two(minutes)}:${two(seconds)}`;
}
