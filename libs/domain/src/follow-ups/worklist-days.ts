// Which calls a worklist shows: those due by the end of one business day (overdue ones included, they
// are still to be made), or those falling due within a range of days, for planning the week. Days are
// whole days of the business time zone (Asia/Shanghai). Pure: today is given, no clock, no I/O.
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { fromLocal, isoDateOf, MS_PER_DAY } from '../calendar/zoned-time';

/** The longest range a worklist plans at once. */
export const WORKLIST_RANGE_MAX_DAYS = 31;

export interface WorklistDaysQuery {
  date?: string;
  from?: string;
  to?: string;
}

/** Calls whose next attempt is at or after `from` (when set) and before `until`. */
export interface WorklistDays {
  date: string;
  from: string | null;
  to: string;
  fromInstant: number | null;
  untilInstant: number;
}

/** The day number of a real calendar date `YYYY-MM-DD` (2026-02-31 is not one); 400 naming the field. */
export function calendarDay(value: string, field: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) / MS_PER_DAY : NaN;
  if (!Number.isInteger(day) || isoDateOf(day) !== value) throw new DomainError(DomainErrorCode.Validation, `${field} must be a real date like 2026-12-01`, field);
  return day;
}

/** The days a worklist covers, checked field by field; `today` is the business day's date. */
export function worklistDays(query: WorklistDaysQuery, today: string, timeZone: string): WorklistDays {
  const ranged = query.from !== undefined || query.to !== undefined;
  if (!ranged) {
    const date = query.date ?? today;
    const day = calendarDay(date, 'date');
    return { date, from: null, to: date, fromInstant: null, untilInstant: fromLocal(day + 1, 0, timeZone) };
  }
  if (query.date !== undefined) throw new DomainError(DomainErrorCode.Validation, 'date cannot be combined with from/to: give one day or a range', 'date');
  if (query.from === undefined) throw new DomainError(DomainErrorCode.Validation, 'from is required with to', 'from');
  if (query.to === undefined) throw new DomainError(DomainErrorCode.Validation, 'to is required with from', 'to');
  const first = calendarDay(query.from, 'from');
  const last = calendarDay(query.to, 'to');
  if (last < first) throw new DomainError(DomainErrorCode.Validation, `to must not be before from (${query.from})`, 'to');
  if (last - first + 1 > WORKLIST_RANGE_MAX_DAYS) throw new DomainError(DomainErrorCode.Validation, `to must be at most ${WORKLIST_RANGE_MAX_DAYS} days after from`, 'to');
  return { date: query.from, from: query.from, to: query.to, fromInstant: fromLocal(first, 0, timeZone), untilInstant: fromLocal(last + 1, 0, timeZone) };
}
