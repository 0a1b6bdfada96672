// A-2 / K-8: a file is created within 2 days of a sale, delivery, repair or visit (003 says 2
// working days, 000 §5 two days) and customer data of a deal is handed over within 3 days. The
// stricter reading, calendar days, is the default; working days follow China's calendar.
import type { CalendarData } from '../calendar/calendar-data';
import { isChinaWorkingDay } from '../calendar/china-working-days';
import { assertTimeZone, fromLocal, MS_PER_DAY, toLocal } from '../calendar/zoned-time';
import type { FileEventKind } from './customer-file';

export type FileDeadlineRule = 'calendar_days' | 'working_days';

export const FILE_DEADLINE_DAYS: Readonly<Record<FileEventKind, number>> = { sale: 2, delivery: 2, repair: 2, visit: 2, deal: 3, shipment: 2, dealer_shipment: 2 };

export const DEFAULT_FILE_DEADLINE_RULE: FileDeadlineRule = 'calendar_days';

/**
 * When the file entry for an event is due. Calendar days count from the event itself; working
 * days end at local midnight after the N-th working day following the event's day.
 */
export function fileDueAt(kind: FileEventKind, occurredAt: Date, options: { timeZone: string; rule?: FileDeadlineRule; calendar?: CalendarData }): Date {
  const at = occurredAt.getTime();
  if (Number.isNaN(at)) throw new RangeError('occurredAt is not a valid date');
  assertTimeZone(options.timeZone);
  const days = FILE_DEADLINE_DAYS[kind];
  if ((options.rule ?? DEFAULT_FILE_DEADLINE_RULE) === 'calendar_days') return new Date(at + days * MS_PER_DAY);
  let day = toLocal(at, options.timeZone).day;
  for (let counted = 0; counted < days; ) {
    day += 1;
    if (isChinaWorkingDay(day, options.calendar)) counted += 1;
  }
  return new Date(fromLocal(day + 1, 0, options.timeZone));
}

export type HandOverStatus = 'on_time' | 'late' | 'overdue' | 'open';

/** K-8: filed by the deadline, filed late, still missing after it, or still within it. */
export function handOverStatus(event: { dueAt: Date; filedAt: Date | null }, now: Date): HandOverStatus {
  if (event.filedAt) return event.filedAt.getTime() <= event.dueAt.getTime() ? 'on_time' : 'late';
  return now.getTime() > event.dueAt.getTime() ? 'overdue' : 'open';
}
