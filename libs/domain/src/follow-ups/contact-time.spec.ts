import { DEFAULT_CALL_HOURS } from './call-hours';
import { customerTimeZone, nextContactAt } from './contact-time';

// The daily care run starts at 10:30 Asia/Shanghai; Tuesday 1 December 2026 is a working day.
const RUN = Date.parse('2026-12-01T10:30:00+08:00');

describe('nextContactAt (F-5, F-6, F-7)', () => {
  it('F-5: a Shanghai customer is not messaged on a working-day morning: the message waits for 14:00 Shanghai', () => {
    expect(new Date(nextContactAt(RUN, 'Asia/Shanghai', DEFAULT_CALL_HOURS)).toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('F-5: a London customer gets it at 14:00 London time, not at 02:30 in the night', () => {
    expect(new Date(nextContactAt(RUN, 'Europe/London', DEFAULT_CALL_HOURS)).toISOString()).toBe('2026-12-01T14:00:00.000Z');
  });

  it('F-5: a customer whose clock is already in the allowed hours gets it at once (Los Angeles, Monday 18:30)', () => {
    expect(nextContactAt(RUN, 'America/Los_Angeles', DEFAULT_CALL_HOURS)).toBe(RUN);
  });

  it('F-5: on a rest day the late morning is allowed (Saturday 5 December 10:30 Shanghai)', () => {
    const saturday = Date.parse('2026-12-05T10:30:00+08:00');
    expect(nextContactAt(saturday, 'Asia/Shanghai', DEFAULT_CALL_HOURS)).toBe(saturday);
  });

  it('F-5: the midday rest waits for 14:00 (Saturday 12:30 Shanghai)', () => {
    const midday = Date.parse('2026-12-05T12:30:00+08:00');
    expect(new Date(nextContactAt(midday, 'Asia/Shanghai', DEFAULT_CALL_HOURS)).toISOString()).toBe('2026-12-05T06:00:00.000Z');
  });

  it('a customer without a time zone, or with an unknown one, counts as in Asia/Shanghai', () => {
    expect(customerTimeZone(null)).toBe('Asia/Shanghai');
    expect(customerTimeZone('')).toBe('Asia/Shanghai');
    expect(customerTimeZone('Mars/Olympus_Mons')).toBe('Asia/Shanghai');
    expect(customerTimeZone('Europe/London')).toBe('Europe/London');
    expect(nextContactAt(RUN, null, DEFAULT_CALL_HOURS)).toBe(nextContactAt(RUN, 'Asia/Shanghai', DEFAULT_CALL_HOURS));
  });
});
