import { describe, expect, it } from 'vitest';
import { businessMsBetween, countdown, formatDuration, offsetMinutes } from './countdown';

const SH = 'Asia/Shanghai';
// Shanghai wall time → epoch ms (UTC+8, no daylight saving).
const sh = (iso: string) => Date.parse(`${iso}+08:00`);
const HOUR = 3_600_000;

describe('business time between two instants', () => {
  it('Asia/Shanghai is eight hours east of UTC', () => {
    expect(offsetMinutes(SH, sh('2026-11-30T10:00:00'))).toBe(480);
  });

  it('runs every hour on the 24x7 calendar', () => {
    expect(businessMsBetween(sh('2026-11-28T22:00:00'), sh('2026-11-29T02:00:00'), '24x7', SH)).toBe(4 * HOUR);
  });

  it('counts only 09:00–18:00 on working days on the working-hours calendar', () => {
    // Friday 17:00 → Monday 10:00: one hour on Friday, one on Monday, nothing at the weekend.
    expect(businessMsBetween(sh('2026-11-27T17:00:00'), sh('2026-11-30T10:00:00'), 'cn-working-hours', SH)).toBe(2 * HOUR);
    // The night does not count.
    expect(businessMsBetween(sh('2026-11-30T19:00:00'), sh('2026-12-01T08:59:00'), 'cn-working-hours', SH)).toBe(0);
  });
});

describe('the countdown of a deadline', () => {
  const basis = { remainingBusinessMs: 2 * HOUR, readAt: sh('2026-11-30T10:00:00'), paused: false, calendar: 'cn-working-hours', timeZone: SH };

  it('counts down in working hours', () => {
    const view = countdown(basis, sh('2026-11-30T10:30:00'));
    expect(view).toEqual({ remainingMs: 1.5 * HOUR, running: true, overdue: false });
  });

  it('stands still outside working hours', () => {
    const view = countdown({ ...basis, readAt: sh('2026-11-30T17:30:00') }, sh('2026-11-30T20:00:00'));
    expect(view.remainingMs).toBe(1.5 * HOUR);
    expect(view.running).toBe(false);
  });

  it('stands still while the clock is paused, whatever the time', () => {
    const view = countdown({ ...basis, paused: true }, sh('2026-11-30T15:00:00'));
    expect(view).toEqual({ remainingMs: 2 * HOUR, running: false, overdue: false });
  });

  it('goes negative and says overdue once the deadline passes', () => {
    const view = countdown({ ...basis, calendar: '24x7' }, sh('2026-11-30T12:30:00'));
    expect(view.remainingMs).toBe(-0.5 * HOUR);
    expect(view.overdue).toBe(true);
  });

  it('shows hours beyond a day as hours', () => {
    expect(formatDuration(27 * HOUR + 4 * 60_000 + 5_000)).toBe('27:04:05');
    expect(formatDuration(-90_000)).toBe('-00:01:30');
  });
});
