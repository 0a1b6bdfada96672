// F-5 quiet hours: no follow-up call during the customer's rest time (night, the midday rest) nor on
// the morning of a working day (工作日上午), all on the customer's own wall clock. A policy lists the
// hours when calls are allowed, separately for working days and rest days; China's statutory holidays
// are rest days and its adjusted working days (调休) are working days. Pure: no clock, no I/O.
import type { CalendarData } from '../calendar/calendar-data';
import { CHINA_PACKAGE_CALENDAR, isChinaWorkingDay } from '../calendar/china-working-days';
import { assertTimeZone, fromLocal, MS_PER_DAY, toLocal } from '../calendar/zoned-time';
import { CallHours, clockMinutes } from './call-hours-terms';

export * from './call-hours-terms';

interface Span {
  open: number;
  close: number;
}

/** The allowed spans of one local day, as instants, in order. */
function spansOf(day: number, timeZone: string, hours: CallHours, calendar: CalendarData): Span[] {
  const ranges = isChinaWorkingDay(day, calendar) ? hours.workingDay : hours.restDay;
  return ranges.map((range) => ({
    open: fromLocal(day, clockMinutes(range.from)! * 60_000, timeZone),
    // 24:00 is the next day's midnight, placed on that day's wall clock.
    close: clockMinutes(range.to) === 24 * 60 ? fromLocal(day + 1, 0, timeZone) : fromLocal(day, clockMinutes(range.to)! * 60_000, timeZone),
  }));
}

// Long holidays (Spring Festival, National Day) with rest-day hours emptied still end within weeks;
// a year without any allowed slot means the hours are broken, not that the customer is unreachable.
const SEARCH_DAYS = 370;

/** The allowed span that contains `at` or starts next: the span and whether `at` is inside it. */
function spanFrom(at: number, timeZone: string, hours: CallHours, calendar: CalendarData): Span {
  assertTimeZone(timeZone);
  if (!Number.isFinite(at)) throw new RangeError(`at must be a finite instant, got ${at}`);
  const first = toLocal(at, timeZone).day;
  // The day before too: a span of the previous day may run past midnight under a DST change.
  for (let day = first - 1; day <= first + SEARCH_DAYS; day++) {
    for (const span of spansOf(day, timeZone, hours, calendar)) {
      if (at < span.close && span.close > span.open) return span;
    }
  }
  throw new RangeError('the call hours allow no call within a year');
}

// Working and rest days come from a business calendar version (`calendar`, by default the package
// data, version 1 of cn-working-hours); callers that load the stored calendar pass it in.

/** F-5: whether a call at `at` is allowed in the customer's time zone. */
export function isCallAllowed(at: number, timeZone: string, hours: CallHours, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): boolean {
  const span = spanFrom(at, timeZone, hours, calendar);
  return span.open <= at;
}

/** F-5: `at` when a call is allowed then, otherwise the start of the next allowed slot. */
export function nextCallSlot(at: number, timeZone: string, hours: CallHours, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): number {
  const span = spanFrom(at, timeZone, hours, calendar);
  return Math.max(at, span.open);
}

/** The end of the allowed slot that `at` is in or that comes next: the last moment to call in it. */
export function callSlotEnd(at: number, timeZone: string, hours: CallHours, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): number {
  return spanFrom(at, timeZone, hours, calendar).close;
}

/** Local wall-clock description of an instant, e.g. `2026-10-01 10:00 (rest day)`, for timelines and the worklist. */
export function localCallTime(at: number, timeZone: string, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): string {
  const { day, msOfDay } = toLocal(at, timeZone);
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const minutes = Math.floor(msOfDay / 60_000);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${date} ${clock} (${isChinaWorkingDay(day, calendar) ? 'working day' : 'rest day'})`;
}
