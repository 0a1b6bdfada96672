import { calendarFor } from './business-calendar';
import { CalendarData, hoursOn, isWorkingDay, scheduleYears } from './calendar-data';
import { CHINA_PACKAGE_CALENDAR, CHINESE_DAYS_SOURCE } from './china-working-days';
import { parseJsonSchedule, withYearSchedule } from './schedule-import';
import { MS_PER_DAY } from './zoned-time';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();
const dayOf = (date: string) => Date.parse(`${date}T00:00Z`) / MS_PER_DAY;
const cn = { kind: 'cn-working-hours' as const, timeZone: 'Asia/Shanghai' };

// A 2027 schedule for the tests, shaped as the State Council publishes one (not the real one):
// New Year's Day off; Spring Festival 5–13 February off, Sunday 31 January and Saturday 20 February worked.
export const SCHEDULE_2027 = parseJsonSchedule([
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-31', kind: 'working_day', name: '春节' },
  ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday', name: '春节' })),
  { date: '2027-02-20', kind: 'working_day', name: '春节' },
]);

const with2027: CalendarData = { ...CHINA_PACKAGE_CALENDAR, version: 2, exceptions: withYearSchedule(CHINA_PACKAGE_CALENDAR.exceptions, 2027, SCHEDULE_2027, 'test') };

describe('calendar data', () => {
  it('names the installed chinese-days release as the source of its days', () => {
    expect(CHINESE_DAYS_SOURCE).toBe(`chinese-days ${require('chinese-days/package.json').version}`);
  });

  it('seeds every year chinese-days knows, 2004 to 2026', () => {
    expect(scheduleYears(CHINA_PACKAGE_CALENDAR)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it.each([
    ['a dated holiday on a weekday', '2026-02-16', false],
    ['an adjusted working Saturday, with weekday hours', '2026-02-14', true],
    ['an ordinary Saturday', '2026-03-07', false],
    ['a year without schedule: 1 January', '2027-01-01', false],
    ['a year without schedule: 1 May (Saturday anyway)', '2027-05-01', false],
    ['a year without schedule: 3 October (Sunday anyway)', '2027-10-03', false],
    ['a year without schedule: Friday 1 October', '2027-10-01', false],
    ['a year without schedule: Spring Festival is not known', '2027-02-08', true],
  ])('%s: %s is a working day = %s', (_, date, expected) => {
    expect(isWorkingDay(CHINA_PACKAGE_CALENDAR, dayOf(date))).toBe(expected);
  });

  it('keeps the fixed-date holidays off unless a dated exception says otherwise; a company day off does not load a year', () => {
    const companyDayOff: CalendarData = { ...CHINA_PACKAGE_CALENDAR, exceptions: [{ date: '2027-01-04', kind: 'holiday', name: '停工', source: 't' }] };
    expect(isWorkingDay(companyDayOff, dayOf('2027-01-01'))).toBe(false);
    expect(isWorkingDay(companyDayOff, dayOf('2027-01-04'))).toBe(false);
    expect(scheduleYears(companyDayOff)).toEqual([]);
    const worksNewYear: CalendarData = { ...CHINA_PACKAGE_CALENDAR, exceptions: [{ date: '2027-01-01', kind: 'working_day', name: 'x', source: 't' }] };
    expect(isWorkingDay(worksNewYear, dayOf('2027-01-01'))).toBe(true);
  });

  it('gives each weekday its own hours and a worked Saturday the weekday hours', () => {
    const shortFriday: CalendarData = {
      ...CHINA_PACKAGE_CALENDAR,
      weeklyHours: [null, { start: '08:30', end: '17:30' }, { start: '08:30', end: '17:30' }, { start: '08:30', end: '17:30' }, { start: '08:30', end: '17:30' }, { start: '08:30', end: '12:00' }, null],
    };
    expect(hoursOn(shortFriday, dayOf('2026-02-14'))).toEqual({ start: '08:30', end: '17:30' });
    // Friday 11:00 + 2 h: one hour on Friday morning, then Monday 08:30 + 1 h.
    expect(iso(calendarFor(cn, shortFriday).addBusinessTime(at('2026-03-06T11:00+08:00'), 2 * HOUR))).toBe(iso(at('2026-03-09T09:30+08:00')));
  });
});

describe('K-1 / C-3: the New-Year case of 2026-11-30 (first contact within 24 working hours, 09:00–18:00 Asia/Shanghai)', () => {
  // What the issue reports: "registered now" (Monday 30 November 2026, 13:30 Shanghai) lands on
  // New Year's Day only when the 24 is counted in working days (24 × 9 h); 24 working hours from now
  // end on 3 December. 24 working hours end on New Year's Day from Tuesday 29 December 16:30
  // (1.5 + 9 + 9 h in 2026, 4.5 h in 2027). Both inputs are shown; both now end on Monday 4 January
  // 13:30, because 1 January is a holiday and 2–3 January a weekend.
  it.each([
    ['24 working hours from Tuesday 29 December 16:30', '2026-12-29T16:30+08:00', 24],
    ['24 working days (24 × 9 h) from Monday 30 November 13:30', '2026-11-30T13:30+08:00', 24 * 9],
  ])('%s: 4 January 2027 13:30, not New Year\'s Day', (_, registeredAt, hours) => {
    const deadline = calendarFor(cn, CHINA_PACKAGE_CALENDAR).addBusinessTime(at(registeredAt), hours * HOUR);
    expect(iso(deadline)).toBe(iso(at('2027-01-04T13:30+08:00')));
    // What the package-only calendar gave before (Monday to Friday in 2027): 1 January 13:30.
    const mondayToFriday: CalendarData = { ...CHINA_PACKAGE_CALENDAR, exceptions: [...CHINA_PACKAGE_CALENDAR.exceptions, { date: '2027-01-01', kind: 'working_day', name: 'x', source: 't' }] };
    expect(iso(calendarFor(cn, mondayToFriday).addBusinessTime(at(registeredAt), hours * HOUR))).toBe(iso(at('2027-01-01T13:30+08:00')));
  });

  it('24 working hours from now (30 November 13:30) end on Thursday 3 December 10:30 (4.5 + 9 + 9 + 1.5)', () => {
    expect(iso(calendarFor(cn).addBusinessTime(at('2026-11-30T13:30+08:00'), 24 * HOUR))).toBe(iso(at('2026-12-03T10:30+08:00')));
  });
});

describe('C-5 / C-6 across Spring Festival 2027 once its schedule is imported', () => {
  it.each([
    // Without the schedule: 4 h Thursday, 9 h Friday 5th, 9 h Monday 8th, 5 h Tuesday 9th; with it, 5–14 February are off.
    ['C-5 quality closure (27 h) from Thursday 4 February 14:00', '2027-02-04T14:00+08:00', 27, '2027-02-09T14:00+08:00', '2027-02-17T14:00+08:00'],
    ['C-6 supervisor report (18 h) from Friday 29 January 10:00, over the worked Sunday', '2027-01-29T10:00+08:00', 18, '2027-02-02T10:00+08:00', '2027-02-01T10:00+08:00'],
    ['first contact (24 h) from Friday 19 February 17:00, into the worked Saturday', '2027-02-19T17:00+08:00', 24, '2027-02-24T14:00+08:00', '2027-02-23T14:00+08:00'],
  ])('%s', (_, start, hours, withoutSchedule, withSchedule) => {
    expect(iso(calendarFor(cn, CHINA_PACKAGE_CALENDAR).addBusinessTime(at(start), hours * HOUR))).toBe(iso(at(withoutSchedule)));
    expect(iso(calendarFor(cn, with2027).addBusinessTime(at(start), hours * HOUR))).toBe(iso(at(withSchedule)));
    expect(calendarFor(cn, with2027).businessTimeBetween(at(start), at(withSchedule))).toBe(hours * HOUR);
  });

  it('knows 2027 as loaded', () => {
    expect(calendarFor(cn, with2027).coversYear(at('2027-06-01T00:00Z'))).toBe(true);
    expect(calendarFor(cn, CHINA_PACKAGE_CALENDAR).coversYear(at('2027-06-01T00:00Z'))).toBe(false);
  });
});
