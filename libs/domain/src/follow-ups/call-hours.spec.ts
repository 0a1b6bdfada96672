import type { CalendarData } from '../calendar/calendar-data';
import { CHINA_PACKAGE_CALENDAR } from '../calendar/china-working-days';
import { fromLocal, MS_PER_DAY, toLocal } from '../calendar/zoned-time';
import { ALWAYS, CallHours, callHoursProblems, callSlotEnd, clockMinutes, DEFAULT_CALL_HOURS, isCallAllowed, localCallTime, nextCallSlot } from './call-hours';

const SHANGHAI = 'Asia/Shanghai';

/** `2026-11-24 10:00` on the wall clock of `timeZone`, as an instant. */
function at(local: string, timeZone = SHANGHAI): number {
  const [date, clock] = local.split(' ');
  const day = Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
  const [h, m] = clock.split(':').map(Number);
  return fromLocal(day, (h * 60 + m) * 60_000, timeZone);
}

/** An instant as `YYYY-MM-DD HH:MM` on the wall clock of `timeZone`. */
function wall(epoch: number, timeZone = SHANGHAI): string {
  const { day, msOfDay } = toLocal(epoch, timeZone);
  const minutes = Math.floor(msOfDay / 60_000);
  return `${new Date(day * MS_PER_DAY).toISOString().slice(0, 10)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

describe('F-5 quiet hours: the next allowed call slot (default hours: working days 14-20, rest days 10-12 and 14-20)', () => {
  it.each([
    // Working days: no call in the morning (工作日上午), nor at midday rest, nor at night.
    ['a Tuesday morning moves to the afternoon', '2026-11-24 10:00', '2026-11-24 14:00'],
    ['a Tuesday lunchtime moves to 14:00', '2026-11-24 12:30', '2026-11-24 14:00'],
    ['a Tuesday afternoon stays', '2026-11-24 15:20', '2026-11-24 15:20'],
    ['the first minute of the slot stays', '2026-11-24 14:00', '2026-11-24 14:00'],
    ['the end of the slot is already quiet', '2026-11-24 20:00', '2026-11-25 14:00'],
    ['a Tuesday night moves to Wednesday afternoon', '2026-11-24 22:45', '2026-11-25 14:00'],
    ['just after midnight moves to the same afternoon', '2026-11-25 00:05', '2026-11-25 14:00'],
    // Weekends are rest days: late mornings allowed, early mornings and midday rest not.
    ['a Friday night moves to Saturday 10:00', '2026-11-27 21:00', '2026-11-28 10:00'],
    ['a Saturday early morning moves to 10:00', '2026-11-28 07:30', '2026-11-28 10:00'],
    ['a Saturday late morning stays', '2026-11-28 11:15', '2026-11-28 11:15'],
    ['a Saturday midday rest moves to 14:00', '2026-11-28 12:00', '2026-11-28 14:00'],
    ['a Sunday night moves to Monday afternoon', '2026-11-29 20:30', '2026-11-30 14:00'],
    // Statutory holidays are rest days even on a weekday; adjusted working days are working days.
    ['National Day (a Thursday) has rest-day hours', '2026-10-01 09:00', '2026-10-01 10:00'],
    ['the eve of National Day at night moves into the holiday morning', '2026-09-30 20:30', '2026-10-01 10:00'],
    ['an adjusted working Saturday (2026-10-10) has no morning calls', '2026-10-10 10:30', '2026-10-10 14:00'],
    ['Spring Festival Monday (2026-02-16) has rest-day hours', '2026-02-16 08:00', '2026-02-16 10:00'],
    ['an adjusted working Sunday (2026-01-04) has no morning calls', '2026-01-04 10:00', '2026-01-04 14:00'],
    ['New Year night moves to the next rest-day morning', '2026-01-01 23:00', '2026-01-02 10:00'],
  ])('%s: %s → %s', (_case, from, expected) => {
    expect(wall(nextCallSlot(at(from), SHANGHAI, DEFAULT_CALL_HOURS))).toBe(expected);
  });

  it.each([
    ['Tuesday 15:00', '2026-11-24 15:00', true],
    ['Tuesday 11:00 (weekday morning)', '2026-11-24 11:00', false],
    ['Tuesday 13:00 (midday rest)', '2026-11-24 13:00', false],
    ['Tuesday 21:00 (night)', '2026-11-24 21:00', false],
    ['Saturday 11:00', '2026-11-28 11:00', true],
    ['Saturday 09:00 (rest time)', '2026-11-28 09:00', false],
    ['National Day 11:00', '2026-10-01 11:00', true],
    ['adjusted working Saturday 11:00', '2026-10-10 11:00', false],
  ])('F-5: a call on %s allowed: %s', (_case, when, allowed) => {
    expect(isCallAllowed(at(when), SHANGHAI, DEFAULT_CALL_HOURS)).toBe(allowed);
  });

  it('F-5 counts on the customer\'s own wall clock: Berlin 10:00 moves to Berlin 14:00, not Shanghai\'s', () => {
    const berlin = 'Europe/Berlin';
    const slot = nextCallSlot(at('2026-11-24 10:00', berlin), berlin, DEFAULT_CALL_HOURS);
    expect(wall(slot, berlin)).toBe('2026-11-24 14:00');
    expect(new Date(slot).toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });

  it('F-5 in a zone with summer time: New York on the spring-forward Sunday is a rest day with hours on its wall clock', () => {
    const ny = 'America/New_York';
    expect(wall(nextCallSlot(at('2026-03-08 01:30', ny), ny, DEFAULT_CALL_HOURS), ny)).toBe('2026-03-08 10:00');
    expect(new Date(nextCallSlot(at('2026-03-08 01:30', ny), ny, DEFAULT_CALL_HOURS)).toISOString()).toBe('2026-03-08T14:00:00.000Z');
  });

  it('skips a whole Spring Festival when rest days allow no calls, landing on the adjusted working Saturday before it', () => {
    const workingDaysOnly: CallHours = { workingDay: DEFAULT_CALL_HOURS.workingDay, restDay: [] };
    expect(wall(nextCallSlot(at('2026-02-13 21:00'), SHANGHAI, workingDaysOnly))).toBe('2026-02-14 14:00');
    expect(wall(nextCallSlot(at('2026-02-15 09:00'), SHANGHAI, workingDaysOnly))).toBe('2026-02-24 14:00');
  });

  it('reads working and rest days from the calendar version given: New Year 2027 off even before its schedule, Spring Festival once imported', () => {
    expect(localCallTime(at('2027-01-01 15:00'), SHANGHAI)).toBe('2027-01-01 15:00 (rest day)');
    expect(wall(nextCallSlot(at('2027-01-01 09:00'), SHANGHAI, DEFAULT_CALL_HOURS))).toBe('2027-01-01 10:00');
    const with2027: CalendarData = {
      ...CHINA_PACKAGE_CALENDAR,
      version: 2,
      exceptions: [...CHINA_PACKAGE_CALENDAR.exceptions, { date: '2027-02-08', kind: 'holiday', name: '春节', source: 'test' }],
    };
    expect(isCallAllowed(at('2027-02-08 10:30'), SHANGHAI, DEFAULT_CALL_HOURS)).toBe(false);
    expect(isCallAllowed(at('2027-02-08 10:30'), SHANGHAI, DEFAULT_CALL_HOURS, with2027)).toBe(true);
    expect(localCallTime(at('2027-02-08 10:30'), SHANGHAI, with2027)).toBe('2027-02-08 10:30 (rest day)');
  });

  it('always allows a call with ALWAYS hours, also across midnight', () => {
    for (const when of ['2026-11-24 03:00', '2026-11-28 23:59', '2026-10-01 00:00']) {
      expect(nextCallSlot(at(when), SHANGHAI, ALWAYS)).toBe(at(when));
    }
    expect(wall(callSlotEnd(at('2026-11-24 23:00'), SHANGHAI, ALWAYS))).toBe('2026-11-25 00:00');
  });

  it('ends the slot a call is in, or the next one', () => {
    expect(wall(callSlotEnd(at('2026-11-24 15:00'), SHANGHAI, DEFAULT_CALL_HOURS))).toBe('2026-11-24 20:00');
    expect(wall(callSlotEnd(at('2026-11-28 10:30'), SHANGHAI, DEFAULT_CALL_HOURS))).toBe('2026-11-28 12:00');
    expect(wall(callSlotEnd(at('2026-11-24 09:00'), SHANGHAI, DEFAULT_CALL_HOURS))).toBe('2026-11-24 20:00');
  });

  it('describes a local call time with the kind of day', () => {
    expect(localCallTime(at('2026-10-01 10:00'), SHANGHAI)).toBe('2026-10-01 10:00 (rest day)');
    expect(localCallTime(at('2026-10-10 14:00'), SHANGHAI)).toBe('2026-10-10 14:00 (working day)');
  });

  it('refuses an unknown time zone and hours that never allow a call', () => {
    expect(() => nextCallSlot(at('2026-11-24 10:00'), 'Mars/Olympus', DEFAULT_CALL_HOURS)).toThrow(RangeError);
    expect(() => nextCallSlot(at('2026-11-24 10:00'), SHANGHAI, { workingDay: [], restDay: [] })).toThrow('no call within a year');
  });
});

describe('call hours as policy data', () => {
  it.each([
    ['14:00', 840],
    ['00:00', 0],
    ['24:00', 1440],
    ['23:59', 1439],
    ['24:01', undefined],
    ['9:00', undefined],
    [1400, undefined],
  ])('reads the clock time %p as %p minutes', (value, minutes) => {
    expect(clockMinutes(value)).toBe(minutes);
  });

  it('accepts the defaults and ALWAYS', () => {
    expect(callHoursProblems(DEFAULT_CALL_HOURS)).toEqual([]);
    expect(callHoursProblems(ALWAYS)).toEqual([]);
  });

  it.each([
    ['a malformed start', { workingDay: [{ from: '2pm', to: '20:00' }], restDay: [] }, 'callHours.workingDay[0].from'],
    ['an end before the start', { workingDay: [{ from: '14:00', to: '13:00' }], restDay: [] }, 'callHours.workingDay[0].to'],
    ['overlapping ranges', { workingDay: [], restDay: [{ from: '10:00', to: '15:00' }, { from: '14:00', to: '20:00' }] }, 'callHours.restDay[1].from'],
    ['a missing list', { workingDay: [{ from: '14:00', to: '20:00' }] }, 'callHours.restDay'],
    ['no allowed time at all', { workingDay: [], restDay: [] }, 'callHours'],
    ['a start at 24:00', { workingDay: [{ from: '24:00', to: '24:00' }], restDay: [] }, 'callHours.workingDay[0].from'],
  ])('names the field of %s', (_case, hours, field) => {
    expect(callHoursProblems(hours as CallHours)[0]?.field).toBe(field);
  });
});
