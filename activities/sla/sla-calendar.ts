import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { CalendarStore } from '@libs/calendars/calendar-store';
import { CalendarVersions } from '@libs/calendars/calendar-versions';
import { BusinessCalendar, calendarFor } from '@libs/domain/calendar/business-calendar';
import type { CalendarData } from '@libs/domain/calendar/calendar-data';
import type { SlaPolicy } from '@libs/domain/sla/sla-policy';

export type SlaCalendarRef = Pick<SlaPolicy, 'calendar' | 'timeZone' | 'calendarVersion'>;

export const UNKNOWN_CALENDAR_VERSION = 'UnknownCalendarVersion';

/**
 * The business calendar an SLA clock counts on: the stored version the case took when it started
 * (C-3, C-5, C-6), each version read from the database once per worker.
 */
export function createSlaCalendars(dataSource: DataSource) {
  const store = new CalendarStore(dataSource);
  const versions = new CalendarVersions(dataSource);

  async function load(code: string, version: number): Promise<CalendarData> {
    const found = await versions.version(code, version);
    // A case names a version that was never written (or was removed by hand): no retry can help.
    if (!found) throw ApplicationFailure.nonRetryable(`business calendar ${code} v${version} does not exist`, UNKNOWN_CALENDAR_VERSION);
    return found;
  }

  return {
    /** The version a new case keeps: the latest of the calendar the policy names (none for 24x7). */
    async currentVersion(calendar: SlaPolicy['calendar']): Promise<number | undefined> {
      if (calendar === '24x7') return undefined;
      const version = await store.latestVersionNumber(calendar);
      if (version === undefined) throw ApplicationFailure.nonRetryable(`business calendar ${calendar} does not exist`, UNKNOWN_CALENDAR_VERSION);
      return version;
    },

    async calendarOf(ref: SlaCalendarRef): Promise<BusinessCalendar> {
      if (ref.calendar === '24x7') return calendarFor({ kind: '24x7', timeZone: ref.timeZone });
      // Snapshots taken before calendars were data started on the package data, stored as version 1.
      return calendarFor({ kind: ref.calendar, timeZone: ref.timeZone }, await load(ref.calendar, ref.calendarVersion ?? 1));
    },
  };
}
