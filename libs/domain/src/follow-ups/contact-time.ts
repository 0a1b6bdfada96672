// F-5 for every contact with a customer: a care message (F-6, F-7) or a satisfaction call's next attempt
// (C-8) reaches the customer at an hour when contact is allowed on their own wall clock — never in the
// night, the midday rest or a working-day morning — by the same call hours as the follow-up calls. A
// customer without a (valid) time zone counts as in the business time zone. Pure: no clock, no I/O.
import { BUSINESS_TIME_ZONE } from '../cases/business-time-zone';
import type { CalendarData } from '../calendar/calendar-data';
import { CHINA_PACKAGE_CALENDAR } from '../calendar/china-working-days';
import { assertTimeZone } from '../calendar/zoned-time';
import { CallHours, nextCallSlot } from './call-hours';

/** The customer's time zone, or Asia/Shanghai when the file has none or an unknown one. */
export function customerTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return BUSINESS_TIME_ZONE;
  try {
    assertTimeZone(timeZone);
    return timeZone;
  } catch {
    return BUSINESS_TIME_ZONE;
  }
}

/** When to contact the customer for something ready at `at`: then if contact is allowed, else at the next allowed slot. */
export function nextContactAt(at: number, timeZone: string | null | undefined, hours: CallHours, calendar: CalendarData = CHINA_PACKAGE_CALENDAR): number {
  return nextCallSlot(at, customerTimeZone(timeZone), hours, calendar);
}
