// Business-time arithmetic for SLA clocks: first contact within 24 h (C-3), quality complaints
// closed within 3 days (C-5), report to the supervisor within 2 days (C-6). A policy picks the
// calendar those durations run on. Pure and deterministic: no clock, no I/O.
import { chinaHolidayDataCovers, isChinaWorkingDay } from './china-working-days';
import { assertTimeZone, fromLocal, toLocal, yearOf } from './zoned-time';

export type CalendarKind = '24x7' | 'cn-working-hours';

export interface CalendarSpec {
  kind: CalendarKind;
  /** IANA time zone of the working hours, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Local opening time 'HH:MM', default '09:00'. */
  workdayStart?: string;
  /** Local closing time 'HH:MM', default '18:00'. */
  workdayEnd?: string;
}

export interface BusinessCalendar {
  /** The instant at which `durationMs` of business time has elapsed, counting from `start`. */
  addBusinessTime(start: Date, durationMs: number): Date;
  /** Business time in [from, to), in ms (0 when to <= from). */
  businessTimeBetween(from: Date, to: Date): number;
  isBusinessTime(at: Date): boolean;
  /** Whether the holiday data covers the year of `at` in the calendar's time zone (always true for 24x7). */
  coversYear(at: Date): boolean;
}

/**
 * The calendar a policy asks for. Throws RangeError on an unknown time zone, a malformed or empty
 * working day, and later on invalid dates or negative durations.
 */
export function calendarFor(spec: CalendarSpec): BusinessCalendar {
  assertTimeZone(spec.timeZone);
  switch (spec.kind) {
    case '24x7':
      return ELAPSED_TIME;
    case 'cn-working-hours':
      return new ChinaWorkingHoursCalendar(spec.timeZone, workingHoursOf(spec));
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

interface WorkingHours {
  openMs: number;
  closeMs: number;
}

/** An interval [open, close) of epoch ms. */
interface Span {
  open: number;
  close: number;
}

class ChinaWorkingHoursCalendar implements BusinessCalendar {
  constructor(
    private readonly timeZone: string,
    private readonly hours: WorkingHours,
  ) {}

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
    return chinaHolidayDataCovers(yearOf(this.localDay(epochOf(at, 'at'))));
  }

  private localDay(epochMs: number): number {
    return toLocal(epochMs, this.timeZone).day;
  }

  // Opening and closing are placed on the wall clock separately, so a DST change inside the
  // working day lengthens or shortens it by the real elapsed time.
  private workingSpan(day: number): Span | undefined {
    if (!isChinaWorkingDay(day)) return undefined;
    const open = fromLocal(day, this.hours.openMs, this.timeZone);
    const close = fromLocal(day, this.hours.closeMs, this.timeZone);
    return close > open ? { open, close } : undefined;
  }
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function workingHoursOf(spec: CalendarSpec): WorkingHours {
  const start = spec.workdayStart ?? '09:00';
  const end = spec.workdayEnd ?? '18:00';
  const openMs = msOfDay(start, 'workdayStart');
  const closeMs = msOfDay(end, 'workdayEnd');
  if (closeMs <= openMs) throw new RangeError(`workdayEnd "${end}" must be later than workdayStart "${start}"`);
  return { openMs, closeMs };
}

function msOfDay(value: string, field: string): number {
  const match = HH_MM.exec(value);
  if (!match) throw new RangeError(`${field} must be "HH:MM" (00:00–23:59), got "${value}"`);
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
