import type { EntityManager } from 'typeorm';
import { ScheduleGap, scheduleGap } from '@libs/domain/calendar/calendar-coverage';
import { CalendarStore } from './calendar-store';

/** The latest version of each calendar that lacks this year's or next year's schedule. */
export async function calendarScheduleGaps(db: Pick<EntityManager, 'query'>, now: Date): Promise<ScheduleGap[]> {
  const calendars = await new CalendarStore(db).latestOfEach();
  return calendars.map((calendar) => scheduleGap(calendar, now)).filter((gap): gap is ScheduleGap => gap !== null);
}
