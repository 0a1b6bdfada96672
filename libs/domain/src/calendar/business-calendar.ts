// Business-time arithmetic for SLA clocks: first contact within 24 h (C-3), quality complaints
// closed within 3 days (C-5), report to the supervisor within 2 days (C-6). A policy picks the
// calendar those durations run on; the calendar's holidays and working hours are data passed in
// (a stored calendar version), never read here. Pure and deterministic: no clock, no I/O.
import { CalendarData, DayHours, hasSchedule, hoursOn } from './calendar-data';
import { CHINA_PACKAGE_CALENDAR } from './china-working-days';
import { assertTimeZone, fromLocal, toLocal, yearOf } from './zoned-time';

export type CalendarKind = '24x7' | 'cn-working-hours';

export interface CalendarSpec {
  kind: CalendarKind;
  /** IANA time zone of the working hours, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Local opening time 'HH:MM' on every working day, instead of the calendar's weekday hours. */
  workdayStart?: string;
  /** Local closing time 'HH:MM' on every working day, instead of the calendar's weekday hours. */
  workdayEnd?: string;
}

export interface BusinessCalendar {
  /** The instant at which `durationMs` of business time has elapsed, counting from `start`. */
  addBusinessTime(start: Date, durationMs: number): Date;
  /** Business time in [from, to), in ms (0 when to <= from). */
  businessTimeBetween(from: Date, to: Date): number;
  isBusinessTime(at: Date): boolean;
  /** Whether the year of `at` (in the calendar's time zone) has its published schedule loaded (always true for 24x7). */
  coversYear(at: Date): boolean;
}

/**
 * The calendar a policy asks for, on the given calendar data (for `cn-working-hours`, by default
 * the `chinese-days` package data, version 1). The working hours sit on the wall clock of
 * `spec.timeZone` (the policy's zone). Throws RangeError on an unknown time zone, malformed or
 * empty working hours, and later on invalid dates or negative durations.
 */
export function calendarFor(spec: CalendarSpec, data: CalendarData = CHINA_PACKAGE_CALENDAR): BusinessCalendar {
  assertTimeZone(spec.timeZone);
  switch (spec.kind) {
    case '24x7':
      return ELAPSED_TIME;
    case 'cn-working-hours':
      return new WorkingHoursCalendar(spec.timeZone, data, fixedHoursOf(spec));
    default: {
      const kind: never = spec.kind;
      throw new RangeError(`Unknown calendar kind: "${String(kind)}"`);
    }
  }
}

const ELAPSED_TIME: BusinessCalendar = {
  addBusinessTime: (start, durationMs) => new Date(epochOf(start, 'start') + checkedDuration(durationMs)),
  businessTimeBetween: (from, to) => Math.max(0, epochOf(to, 'to') - epochOf(from, 'from')),
  isBusinessTime(at) {
    epochOf(at, 'at');
    return true;
  },
  coversYear(at) {
    epochOf(at, 'at');
    return true;
  },
};

export interface WorkingHours {
  openMs: number;
  closeMs: number;
}

/** An interval [open, close) of epoch ms. */
interface Span {
  open: number;
  close: number;
}

class WorkingHoursCalendar implements BusinessCalendar {
  private readonly hoursCache = new Map<string, WorkingHours>();

  constructor(
    private readonly timeZone: string,
    private readonly data: CalendarData,
    /** The spec's own opening and closing, replacing the calendar's hours on every working day. */
    private readonly fixedHours: WorkingHours | undefined,
  ) {
    for (const hours of data.weeklyHours) if (hours) this.workingHours(hours);
  }

  // A start outside working hours begins counting at the next opening. Each step consumes a whole
  // working day, so 30 business days cost about 42 iterations whatever the resolution.
  addBusinessTime(start: Date, durationMs: number): Date {
    const from = epochOf(start, 'start');
    let remaining = checkedDuration(durationMs);
    for (let day = this.localDay(from); ; day++) {
      const span = this.workingSpan(day);
      if (!span || from >= span.close) continue;
      const begin = Math.max(from, span.open);
      if (remaining <= span.close - begin) return new Date(begin + remaining);
      remaining -= span.close - begin;
    }
  }

  businessTimeBetween(from: Date, to: Date): number {
    const start = epochOf(from, 'from');
    const end = epochOf(to, 'to');
    let total = 0;
    for (let day = this.localDay(start); start < end && day <= this.localDay(end); day++) {
      const span = this.workingSpan(day);
      if (span) total += Math.max(0, Math.min(end, span.close) - Math.max(start, span.open));
    }
    return total;
  }

  isBusinessTime(at: Date): boolean {
    const t = epochOf(at, 'at');
    const span = this.workingSpan(this.localDay(t));
    return !!span && span.open <= t && t < span.close;
  }

  coversYear(at: Date): boolean {
    return hasSchedule(this.data, yearOf(this.localDay(epochOf(at, 'at'))));
  }

  private localDay(epochMs: number): number {
    return toLocal(epochMs, this.timeZone).day;
  }

  // Opening and closing are placed on the wall clock separately, so a DST change inside the
  // working day lengthens or shortens it by the real elapsed time.
  private workingSpan(day: number): Span | undefined {
    const dayHours = hoursOn(this.data, day);
    if (!dayHours) return undefined;
    const hours = this.fixedHours ?? this.workingHours(dayHours);
    const open = fromLocal(day, hours.openMs, this.timeZone);
    const close = fromLocal(day, hours.closeMs, this.timeZone);
    return close > open ? { open, close } : undefined;
  }

  private workingHours(hours: DayHours): WorkingHours {
    const key = `${hours.start}-${hours.end}`;
    let parsed = this.hoursCache.get(key);
    if (!parsed) {
      parsed = workingHoursOf(hours.start, hours.end);
      this.hoursCache.set(key, parsed);
    }
    return parsed;
  }
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function fixedHoursOf(spec: CalendarSpec): WorkingHours | undefined {
  if (spec.workdayStart === undefined && spec.workdayEnd === undefined) return undefined;
  return workingHoursOf(spec.workdayStart ?? '09:00', spec.workdayEnd ?? '18:00');
}

/** Opening and closing as ms of the local day; RangeError naming the field when malformed or empty. */
export function workingHoursOf(start: string, end: string, fields = { start: 'workdayStart', end: 'workdayEnd' }): WorkingHours {
  const openMs = msOfDay(start, fields.start);
  const closeMs = msOfDay(end, fields.end);
  if (closeMs <= openMs) throw new HoursRangeError(fields.end, `${fields.end} "${end}" must be later than ${fields.start} "${start}"`);
  return { openMs, closeMs };
}

/** A RangeError that names the field at fault. */
export class HoursRangeError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function msOfDay(value: string, field: string): number {
  const match = HH_MM.exec(value);
  if (!match) throw new HoursRangeError(field, `${field} must be "HH:MM" (00:00–23:59), got "${value}"`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

function epochOf(date: Date, field: string): number {
  const t = typeof date?.getTime === 'function' ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`${field} must be a valid Date, got ${String(date)}`);
  return t;
}

function checkedDuration(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`durationMs must be a finite number >= 0, got ${durationMs}`);
  }
  return durationMs;
}
