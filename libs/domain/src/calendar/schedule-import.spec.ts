import { CHINA_PACKAGE_CALENDAR } from './china-working-days';
import { parseICalendarSchedule, parseJsonSchedule, ScheduleImportError, withYearSchedule } from './schedule-import';

const ical = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//holidays//CN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e.split('\n'), 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

describe('iCalendar schedules', () => {
  it('expands an all-day event to each day up to the exclusive DTEND, kind from X-BUSINESS-DAY', () => {
    const entries = parseICalendarSchedule(ical('UID:1\nDTSTART;VALUE=DATE:20270205\nDTEND;VALUE=DATE:20270208\nSUMMARY:春节\nX-BUSINESS-DAY:holiday'));
    expect(entries).toEqual([
      { date: '2027-02-05', kind: 'holiday', name: '春节' },
      { date: '2027-02-06', kind: 'holiday', name: '春节' },
      { date: '2027-02-07', kind: 'holiday', name: '春节' },
    ]);
  });

  it.each([
    ['X-BUSINESS-DAY', 'SUMMARY:Spring Festival\nX-BUSINESS-DAY:working_day', 'working_day', 'Spring Festival'],
    ['CATEGORIES', 'SUMMARY:Spring Festival\nCATEGORIES:PUBLIC,WORKING-DAY', 'working_day', 'Spring Festival'],
    ['CATEGORIES holiday', 'SUMMARY:Spring Festival\nCATEGORIES:HOLIDAY', 'holiday', 'Spring Festival'],
    ['a 班 marker in the summary', 'SUMMARY:春节 (班)', 'working_day', '春节'],
    ['a 休 marker in the summary', 'SUMMARY:春节（休）', 'holiday', '春节'],
    ['调休上班: 班 wins over 休', 'SUMMARY:春节调休上班', 'working_day', '春节调休上班'],
    ['an English summary', 'SUMMARY:National Day holiday', 'holiday', 'National Day holiday'],
  ])('tells the kind from %s', (_, lines, kind, name) => {
    expect(parseICalendarSchedule(ical(`DTSTART;VALUE=DATE:20270131\n${lines}`))).toEqual([{ date: '2027-01-31', kind, name }]);
  });

  it('unfolds folded lines and unescapes text; a missing DTEND is one day', () => {
    const text = ical('DTSTART;VALUE=DATE:20270101\nSUMMARY:New Year\\,\n  holiday').replace(/\r\n/g, '\n');
    expect(parseICalendarSchedule(text)).toEqual([{ date: '2027-01-01', kind: 'holiday', name: 'New Year, holiday' }]);
  });

  it.each([
    ['no event at all', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR', /^ical: no VEVENT found/],
    ['a date-time start', ical('DTSTART:20270205T090000Z\nSUMMARY:春节 (休)'), /VEVENT 1 "春节 \(休\)"\): DTSTART must be an all-day date .*got "20270205T090000Z"/],
    ['no start', ical('SUMMARY:春节 (休)'), /DTSTART is missing/],
    ['no summary', ical('DTSTART;VALUE=DATE:20270205'), /VEVENT 1\): SUMMARY .* is missing/],
    ['an end before the start', ical('DTSTART;VALUE=DATE:20270205\nDTEND;VALUE=DATE:20270205\nSUMMARY:春节 (休)'), /DTEND must be after DTSTART/],
    ['a 13th month', ical('DTSTART;VALUE=DATE:20271305\nSUMMARY:春节 (休)'), /not a calendar date: "20271305"/],
    ['a year-long event', ical('DTSTART;VALUE=DATE:20270101\nDTEND;VALUE=DATE:20280101\nSUMMARY:春节 (休)'), /at most 31 days, got 365/],
    ['no kind anywhere', ical('UID:a\nDTSTART;VALUE=DATE:20270205\nSUMMARY:Team offsite'), /VEVENT 1 "Team offsite"\): cannot tell holiday from working day/],
  ])('refuses %s, naming the event', (_, text, message) => {
    expect(() => parseICalendarSchedule(text)).toThrow(ScheduleImportError);
    expect(() => parseICalendarSchedule(text)).toThrow(message);
  });
});

describe('JSON schedules', () => {
  it('reads { date, kind, name }', () => {
    expect(parseJsonSchedule([{ date: '2027-02-20', kind: 'working_day', name: ' 春节 ' }])).toEqual([{ date: '2027-02-20', kind: 'working_day', name: '春节' }]);
  });

  it.each([
    ['an empty list', [], 'entries', /non-empty list/],
    ['not an object', ['2027-01-01'], 'entries[0]', /must be an object/],
    ['a bad date', [{ date: '2027-02-30', kind: 'holiday', name: 'x' }], 'entries[0].date', /YYYY-MM-DD, got "2027-02-30"/],
    ['a missing name', [{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-01-02', kind: 'rest', name: 'x' }], 'entries[0].name', /name of 1-100/],
    ['an unknown kind', [{ date: '2027-01-02', kind: 'rest', name: 'x' }], 'entries[0].kind', /one of: holiday, working_day/],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    try {
      parseJsonSchedule(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ScheduleImportError);
      expect((error as ScheduleImportError).field).toBe(field);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('a year schedule in the next version', () => {
  const base = CHINA_PACKAGE_CALENDAR.exceptions;

  it('adds a year the calendar did not have, keeping every other year and its source', () => {
    const next = withYearSchedule(base, 2027, [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }], 'State Council');
    expect(next).toHaveLength(base.length + 1);
    expect(next.at(-1)).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'State Council' });
    expect(next.find((e) => e.date === '2026-02-16')).toMatchObject({ kind: 'holiday', source: 'chinese-days 1.5.7' });
  });

  it('replaces the whole year it names, and the neighbouring days it lists', () => {
    const before = base.filter((e) => e.date.startsWith('2026-')).length;
    const next = withYearSchedule(base, 2026, [
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2025-12-31', kind: 'holiday', name: '元旦' },
    ], 'corrected');
    expect(before).toBeGreaterThan(20);
    expect(next.filter((e) => e.date.startsWith('2026-'))).toEqual([{ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'corrected' }]);
    expect(next.find((e) => e.date === '2025-12-31')).toMatchObject({ source: 'corrected' });
    expect(next.find((e) => e.date === '2025-10-01')).toMatchObject({ source: 'chinese-days 1.5.7' });
  });

  it.each([
    ['a day far outside the year', [{ date: '2027-03-01', kind: 'holiday' as const, name: 'x' }], 2026, /2027-03-01 \(x\) is outside the 2026 schedule/],
    ['a day that is both', [{ date: '2027-01-01', kind: 'holiday' as const, name: 'a' }, { date: '2027-01-01', kind: 'working_day' as const, name: 'b' }], 2027, /both a holiday \(a\) and a working_day \(b\)/],
    ['no day of the year itself', [{ date: '2026-12-31', kind: 'holiday' as const, name: 'x' }], 2027, /no day in 2027/],
  ])('refuses %s', (_, entries, year, message) => {
    expect(() => withYearSchedule(base, year, entries, 'x')).toThrow(message);
  });
});
