import type { CalendarData } from '../calendar/calendar-data';
import { CHINA_PACKAGE_CALENDAR } from '../calendar/china-working-days';
import { fileDueAt, handOverStatus } from './file-deadline';

const TZ = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);

describe('file-creation deadline (A-2, K-8)', () => {
  it.each([
    ['sale', '2026-11-24T10:00:00+08:00', '2026-11-26T10:00:00+08:00'],
    ['delivery', '2026-11-27T18:30:00+08:00', '2026-11-29T18:30:00+08:00'],
    ['repair', '2026-11-24T10:00:00+08:00', '2026-11-26T10:00:00+08:00'],
    ['visit', '2026-11-24T10:00:00+08:00', '2026-11-26T10:00:00+08:00'],
    ['deal', '2026-11-24T10:00:00+08:00', '2026-11-27T10:00:00+08:00'],
  ] as const)('A-2/K-8: a %s on %s is due (calendar days, the default) at %s', (kind, occurred, due) => {
    expect(fileDueAt(kind, at(occurred), { timeZone: TZ })).toEqual(at(due));
  });

  it.each([
    ['a Tuesday: end of Thursday', '2026-11-24T10:00:00+08:00', '2026-11-27T00:00:00+08:00'],
    ['a Friday: end of the next Tuesday', '2026-11-27T15:00:00+08:00', '2026-12-02T00:00:00+08:00'],
    ['a Saturday: end of Tuesday', '2026-11-28T09:00:00+08:00', '2026-12-02T00:00:00+08:00'],
    // 2026-09-28 (Mon) is a working day; 2026-10-01..07 are National Day holidays; 2026-10-10 (Sat) is worked.
    ['before National Day: across the holiday week', '2026-09-29T10:00:00+08:00', '2026-10-09T00:00:00+08:00'],
  ])('A-2: with working days, an event on %s', (_, occurred, due) => {
    expect(fileDueAt('sale', at(occurred), { timeZone: TZ, rule: 'working_days' })).toEqual(at(due));
  });

  it('A-2: counts working days on the calendar version given; 1 January stays off before its year is loaded', () => {
    // Thursday 31 December 2026: Friday 1 January is New Year's Day, so two working days end Tuesday 5 January.
    expect(fileDueAt('sale', at('2026-12-31T10:00:00+08:00'), { timeZone: TZ, rule: 'working_days' })).toEqual(at('2027-01-06T00:00:00+08:00'));
    const closure: CalendarData = { ...CHINA_PACKAGE_CALENDAR, exceptions: [...CHINA_PACKAGE_CALENDAR.exceptions, { date: '2027-01-04', kind: 'holiday', name: '停工', source: 'test' }] };
    expect(fileDueAt('sale', at('2026-12-31T10:00:00+08:00'), { timeZone: TZ, rule: 'working_days', calendar: closure })).toEqual(at('2027-01-07T00:00:00+08:00'));
  });

  it('A-2: refuses an invalid date or time zone', () => {
    expect(() => fileDueAt('sale', new Date('nope'), { timeZone: TZ })).toThrow(RangeError);
    expect(() => fileDueAt('sale', at('2026-11-24T10:00:00Z'), { timeZone: 'Mars/Base' })).toThrow(RangeError);
  });

  it.each([
    ['filed before the deadline', '2026-11-25T10:00:00Z', null, 'on_time'],
    ['filed exactly at the deadline', '2026-11-26T10:00:00Z', null, 'on_time'],
    ['filed after the deadline', '2026-11-26T10:00:01Z', null, 'late'],
    ['not filed, deadline passed', null, '2026-11-27T00:00:00Z', 'overdue'],
    ['not filed, still within the deadline', null, '2026-11-25T00:00:00Z', 'open'],
  ])('K-8: %s -> %s', (_, filed, now, status) => {
    const event = { dueAt: at('2026-11-26T10:00:00Z'), filedAt: filed ? at(filed) : null };
    expect(handOverStatus(event, at(now ?? '2026-12-01T00:00:00Z'))).toBe(status);
  });
});
