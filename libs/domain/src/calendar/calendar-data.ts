// A business calendar as data (C-3, C-5, C-6, K-1): a time zone, working hours per weekday and
// dated exceptions (statutory holidays, adjusted working days 调休) with their source. Each change
// is a new version, so a case keeps the calendar it started with. Pure: no clock, no I/O.
import { isoDateOf, weekdayOf } from './zoned-time';

export const DAY_KINDS = ['holiday', 'working_day'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface CalendarException {
  /** Local date `YYYY-MM-DD` in the calendar's time zone. */
  date: string;
  kind: DayKind;
  /** e.g. 春节, 国庆节. */
  name: string;
  /** Where it came from: `chinese-days 1.5.7`, `State Council 国办发明电〔2026〕…`, `admin`. */
  source: string;
}

/** Local opening and closing times `HH:MM`, closing later than opening. */
export interface DayHours {
  start: string;
  end: string;
}

export interface CalendarData {
  code: string;
  version: number;
  /** IANA time zone whose local dates the exceptions name. */
  timeZone: string;
  /** Index 0 = Sunday … 6 = Saturday; null = closed that weekday. */
  weeklyHours: ReadonlyArray<DayHours | null>;
  exceptions: readonly CalendarException[];
}

/**
 * The fixed-date statutory holidays (全体公民放假的节日, 《全国年节及纪念日放假办法》): New Year's Day,
 * Labour Day and the first three days of National Day are off in every year, loaded or not, unless a
 * dated exception says otherwise. The movable ones (Spring Festival, Tomb-sweeping, Dragon Boat,
 * Mid-Autumn) and the adjusted working days need the year's published schedule.
 */
export const FIXED_STATUTORY_HOLIDAYS: ReadonlyArray<{ monthDay: string; name: string }> = [
  { monthDay: '01-01', name: '元旦' },
  { monthDay: '05-01', name: '劳动节' },
  { monthDay: '10-01', name: '国庆节' },
  { monthDay: '10-02', name: '国庆节' },
  { monthDay: '10-03', name: '国庆节' },
];

export const CHINA_WEEKLY_HOURS: ReadonlyArray<DayHours | null> = [
  null,
  { start: '09:00', end: '18:00' },
  { start: '09:00', end: '18:00' },
  { start: '09:00', end: '18:00' },
  { start: '09:00', end: '18:00' },
  { start: '09:00', end: '18:00' },
  null,
];

interface Compiled {
  byDate: ReadonlyMap<string, DayKind>;
  scheduleYears: ReadonlySet<number>;
  adjustedDayHours: DayHours | null;
}

const compiled = new WeakMap<CalendarData, Compiled>();

function compile(data: CalendarData): Compiled {
  let c = compiled.get(data);
  if (!c) {
    c = {
      byDate: new Map(data.exceptions.map((e) => [e.date, e.kind])),
      // A year's schedule counts as loaded once it names New Year's Day, as every published schedule
      // does; a company's own day off alone does not stand for the State Council's schedule.
      scheduleYears: new Set(data.exceptions.filter((e) => e.date.endsWith('-01-01')).map((e) => Number(e.date.slice(0, 4)))),
      // An adjusted working day (e.g. a Saturday worked) keeps the hours of an ordinary working day.
      adjustedDayHours: [1, 2, 3, 4, 5, 0, 6].map((d) => data.weeklyHours[d]).find((h) => h) ?? null,
    };
    compiled.set(data, c);
  }
  return c;
}

/** Whether the year's published schedule is loaded (it names New Year's Day). */
export function hasSchedule(data: CalendarData, year: number): boolean {
  return compile(data).scheduleYears.has(year);
}

/** The years with a loaded schedule, ascending. */
export function scheduleYears(data: CalendarData): number[] {
  return [...compile(data).scheduleYears].sort((a, b) => a - b);
}

function isFixedStatutoryHoliday(date: string): boolean {
  const monthDay = date.slice(5);
  return FIXED_STATUTORY_HOLIDAYS.some((h) => h.monthDay === monthDay);
}

/**
 * The working hours of a local day (days since 1970-01-01), or null when it is not a working day.
 * A dated exception wins; then the fixed-date statutory holidays are off; otherwise the weekday's hours.
 */
export function hoursOn(data: CalendarData, day: number): DayHours | null {
  const c = compile(data);
  const date = isoDateOf(day);
  const exception = c.byDate.get(date);
  if (exception === 'holiday') return null;
  if (exception === 'working_day') return data.weeklyHours[weekdayOf(day)] ?? c.adjustedDayHours;
  if (isFixedStatutoryHoliday(date)) return null;
  return data.weeklyHours[weekdayOf(day)] ?? null;
}

export function isWorkingDay(data: CalendarData, day: number): boolean {
  return hoursOn(data, day) !== null;
}
