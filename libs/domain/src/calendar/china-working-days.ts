// Which days are working days in mainland China (工作日): Monday to Friday, minus statutory holidays
// (法定节假日), plus the adjusted working days (调休, e.g. a Saturday worked to bridge a holiday).
//
// The data is the JSON that `chinese-days` ships, read directly rather than through its
// `isWorkday()`: that function builds its date table with the host's local time zone, so on a host
// west of UTC every entry shifts one day earlier. The JSON is the same data, generated once.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { isoDateOf, weekdayOf, yearOf } from './zoned-time';

const statutoryHolidays: Readonly<Record<string, string>> = chineseDays.holidays;
const adjustedWorkingDays: Readonly<Record<string, string>> = chineseDays.workdays;

// Every year the State Council publishes has at least New Year's Day, so a year with no holiday
// entry is a year the package does not know yet.
const coveredYears: ReadonlySet<number> = new Set(Object.keys(statutoryHolidays).map((date) => Number(date.slice(0, 4))));

export function chinaHolidayDataCovers(year: number): boolean {
  return coveredYears.has(year);
}

/** `day` counts days since 1970-01-01 on the local calendar. Uncovered years fall back to Monday–Friday. */
export function isChinaWorkingDay(day: number): boolean {
  const weekday = weekdayOf(day);
  const mondayToFriday = weekday >= 1 && weekday <= 5;
  if (!chinaHolidayDataCovers(yearOf(day))) return mondayToFriday;
  const date = isoDateOf(day);
  if (Object.hasOwn(adjustedWorkingDays, date)) return true;
  return mondayToFriday && !Object.hasOwn(statutoryHolidays, date);
}
