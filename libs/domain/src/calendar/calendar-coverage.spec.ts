import { CalendarData } from './calendar-data';
import { scheduleGap } from './calendar-coverage';
import { CHINA_PACKAGE_CALENDAR } from './china-working-days';

describe('schedule gaps (warned in the worker log, readiness and /calendars)', () => {
  it('is silent while this year and the next are loaded', () => {
    expect(scheduleGap(CHINA_PACKAGE_CALENDAR, new Date('2025-06-01T00:00:00Z'))).toBeNull();
  });

  it('names the next year once only this year is loaded (today, 2026-11-30)', () => {
    const gap = scheduleGap(CHINA_PACKAGE_CALENDAR, new Date('2026-11-30T08:00:00Z'));
    expect(gap).toMatchObject({ code: 'cn-working-hours', version: 1, missingYears: [2027] });
    expect(gap!.warning).toMatch(/cn-working-hours v1 has no holiday schedule for 2027: .*1 January, 1 May and 1–3 October off/);
  });

  it('names both years when neither is loaded', () => {
    expect(scheduleGap(CHINA_PACKAGE_CALENDAR, new Date('2031-03-01T00:00:00Z'))?.missingYears).toEqual([2031, 2032]);
  });

  it('reads the year in the calendar time zone: 31 December 17:00 UTC is already 2027 in Shanghai', () => {
    expect(scheduleGap(CHINA_PACKAGE_CALENDAR, new Date('2026-12-31T17:00:00Z'))?.missingYears).toEqual([2027, 2028]);
  });

  it('goes quiet once the next year is imported', () => {
    const with2027: CalendarData = {
      ...CHINA_PACKAGE_CALENDAR,
      version: 2,
      exceptions: [...CHINA_PACKAGE_CALENDAR.exceptions, { date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'test' }],
    };
    expect(scheduleGap(with2027, new Date('2026-11-30T08:00:00Z'))).toBeNull();
  });
});
