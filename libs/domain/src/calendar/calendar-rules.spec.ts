import { CHINA_WEEKLY_HOURS, DayHours } from './calendar-data';
import { calendarViolation, CalendarTerms } from './calendar-rules';

const week = (over: Record<number, DayHours | null> = {}) => CHINA_WEEKLY_HOURS.map((h, i) => (i in over ? over[i] : h));
const terms = (over: Partial<CalendarTerms> = {}): CalendarTerms => ({ weeklyHours: week(), exceptions: [], ...over });

describe('calendar rules', () => {
  it('accepts China working hours with dated exceptions', () => {
    expect(calendarViolation(terms({ exceptions: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin' }] }))).toBeUndefined();
  });

  it.each<[string, CalendarTerms, string, RegExp]>([
    ['six days', terms({ weeklyHours: week().slice(1) }), 'weeklyHours', /7 days, Sunday first/],
    ['a malformed opening', terms({ weeklyHours: week({ 1: { start: '9:00', end: '18:00' } }) }), 'weeklyHours[1].start', /Monday: weeklyHours\[1\].start must be "HH:MM"/],
    ['closing before opening', terms({ weeklyHours: week({ 5: { start: '18:00', end: '09:00' } }) }), 'weeklyHours[5].end', /Friday: weeklyHours\[5\].end "09:00" must be later/],
    ['never open', terms({ weeklyHours: [null, null, null, null, null, null, null] }), 'weeklyHours', /at least one weekday/],
    ['a bad date', terms({ exceptions: [{ date: '2027-02-29', kind: 'holiday', name: 'x', source: 'a' }] }), 'exceptions[0].date', /YYYY-MM-DD, got "2027-02-29"/],
    [
      'a date twice',
      terms({ exceptions: [{ date: '2027-01-01', kind: 'holiday', name: 'x', source: 'a' }, { date: '2027-01-01', kind: 'working_day', name: 'y', source: 'a' }] }),
      'exceptions[1].date',
      /2027-01-01 is listed twice/,
    ],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    const violation = calendarViolation(input);
    expect(violation?.field).toBe(field);
    expect(violation?.message).toMatch(message);
  });
});
