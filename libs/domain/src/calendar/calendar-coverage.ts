import { CalendarData, hasSchedule } from './calendar-data';
import { toLocal, yearOf } from './zoned-time';

export interface ScheduleGap {
  code: string;
  version: number;
  /** This year and/or the next, in the calendar's time zone, without a loaded schedule. */
  missingYears: number[];
  warning: string;
}

/**
 * The State Council publishes each year's schedule in the autumn of the year before. A year without
 * it still keeps the fixed-date statutory holidays, but not Spring Festival and the other movable
 * holidays nor the adjusted working days, so deadlines in it can be days off: said loudly, naming
 * the calendar and the years, wherever an operator looks (worker log, readiness, `/calendars`).
 */
export function scheduleGap(data: CalendarData, now: Date): ScheduleGap | null {
  const year = yearOf(toLocal(now.getTime(), data.timeZone).day);
  const missingYears = [year, year + 1].filter((y) => !hasSchedule(data, y));
  if (missingYears.length === 0) return null;
  return {
    code: data.code,
    version: data.version,
    missingYears,
    warning:
      `Calendar ${data.code} v${data.version} has no holiday schedule for ${missingYears.join(' and ')}: deadlines there count ` +
      'Monday to Friday with only 1 January, 1 May and 1–3 October off. ' +
      `Import the published schedule: POST /calendars/${data.code}/schedules.`,
  };
}
