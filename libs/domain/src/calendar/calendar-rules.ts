// What makes a business calendar version usable, beyond the shape of each field. Pure, no I/O.
import { HoursRangeError, workingHoursOf } from './business-calendar';
import type { CalendarData, CalendarException, DayHours } from './calendar-data';
import { isoDateOf, MS_PER_DAY } from './zoned-time';

/** Stable, lower-case codes, as SLA policies name them (`cn-working-hours`). */
export const CALENDAR_CODE = /^[a-z][a-z0-9-]{1,40}$/;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A few centuries of holidays is already far more than any calendar needs. */
export const MAX_EXCEPTIONS = 5_000;

export interface CalendarRuleViolation {
  field: string;
  message: string;
}

export type CalendarTerms = Pick<CalendarData, 'weeklyHours' | 'exceptions'>;

/** The first rule the terms break, naming the field (`weeklyHours[1].end`, `exceptions[4].date`), or undefined. */
export function calendarViolation(terms: CalendarTerms): CalendarRuleViolation | undefined {
  if (terms.weeklyHours.length !== 7) return { field: 'weeklyHours', message: 'weeklyHours must list 7 days, Sunday first (null = closed)' };
  for (const [day, hours] of terms.weeklyHours.entries()) {
    if (hours !== null && typeof hours !== 'object') return { field: `weeklyHours[${day}]`, message: `weeklyHours[${day}] (${WEEKDAY_NAMES[day]}) must be { start, end } or null` };
    const invalid = hours && hoursViolation(hours, `weeklyHours[${day}]`, WEEKDAY_NAMES[day]);
    if (invalid) return invalid;
  }
  if (terms.weeklyHours.every((h) => !h)) return { field: 'weeklyHours', message: 'weeklyHours must open on at least one weekday' };
  if (terms.exceptions.length > MAX_EXCEPTIONS) return { field: 'exceptions', message: `exceptions has at most ${MAX_EXCEPTIONS} days` };
  const seen = new Set<string>();
  for (const [i, exception] of terms.exceptions.entries()) {
    if (!isDate(exception.date)) return { field: `exceptions[${i}].date`, message: `exceptions[${i}].date must be a date YYYY-MM-DD, got "${exception.date}"` };
    if (seen.has(exception.date)) return { field: `exceptions[${i}].date`, message: `exceptions[${i}].date ${exception.date} is listed twice` };
    seen.add(exception.date);
  }
  return undefined;
}

function hoursViolation(hours: DayHours, field: string, weekday: string): CalendarRuleViolation | undefined {
  try {
    workingHoursOf(hours.start, hours.end, { start: `${field}.start`, end: `${field}.end` });
    return undefined;
  } catch (error) {
    if (!(error instanceof HoursRangeError)) throw error;
    return { field: error.field, message: `${weekday}: ${error.message}` };
  }
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDateOf(Date.parse(`${value}T00:00Z`) / MS_PER_DAY) === value;
}

/** Exceptions sorted by date, as every stored version keeps them. */
export function sortedExceptions(exceptions: readonly CalendarException[]): CalendarException[] {
  return [...exceptions].sort((a, b) => a.date.localeCompare(b.date));
}
