// Which days are working days in mainland China (工作日): Monday to Friday, minus statutory holidays
// (法定节假日), plus the adjusted working days (调休, e.g. a Saturday worked to bridge a holiday).
//
// The `chinese-days` package seeds the years it knows (the BusinessCalendars migration stores them as
// version 1 of `cn-working-hours`); later years are imported as data through `/calendars`. The
// package's JSON is read directly rather than through its `isWorkday()`: that function builds its
// date table with the host's local time zone, so on a host west of UTC every entry shifts a day.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { CalendarData, CalendarException, CHINA_WEEKLY_HOURS, isWorkingDay } from './calendar-data';

export const CHINA_CALENDAR_CODE = 'cn-working-hours';
export const CHINESE_DAYS_SOURCE = 'chinese-days 1.5.7';

/** The package's entries read `Spring Festival,春节,4`: the Chinese name is the second part. */
function nameOf(entry: string): string {
  const parts = entry.split(',');
  return parts[1] || parts[0];
}

function exceptionsOf(table: Readonly<Record<string, string>>, kind: CalendarException['kind']): CalendarException[] {
  return Object.entries(table).map(([date, entry]) => ({ date, kind, name: nameOf(entry), source: CHINESE_DAYS_SOURCE }));
}

/** Version 1 of China's calendar: 09:00–18:00 Monday to Friday, with every year the package knows. */
export const CHINA_PACKAGE_CALENDAR: CalendarData = {
  code: CHINA_CALENDAR_CODE,
  version: 1,
  timeZone: 'Asia/Shanghai',
  weeklyHours: CHINA_WEEKLY_HOURS,
  exceptions: [...exceptionsOf(chineseDays.holidays, 'holiday'), ...exceptionsOf(chineseDays.workdays, 'working_day')].sort((a, b) =>
    a.date.localeCompare(b.date),
  ),
};

/** `day` counts days since 1970-01-01 on the local calendar; the package data unless a loaded calendar is given. */
export function isChinaWorkingDay(day: number, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): boolean {
  return isWorkingDay(calendar, day);
}
