import { calendarFor, CalendarKind } from '@libs/domain/calendar/business-calendar';
import type { CalendarData } from '@libs/domain/calendar/calendar-data';
import type { ComplaintState } from '@workflows/complaint/complaint.contract';

export type ComplaintStateWithRemaining = ComplaintState & {
  sla: (NonNullable<ComplaintState['sla']> & { deadlines: Array<{ target: string; at: string; remainingBusinessMs: number }> }) | null;
};

/** Adds to each pending deadline the business time left until it, on the case's own calendar. */
export function withRemainingBusinessTime(state: ComplaintState, now: Date, calendarData?: CalendarData): ComplaintStateWithRemaining {
  if (!state.sla) return state as ComplaintStateWithRemaining;
  // The case's own calendar version (C-3, C-5): a later schedule import does not change its clock.
  const calendar = calendarFor({ kind: state.sla.calendar as CalendarKind, timeZone: state.sla.timeZone }, calendarData);
  return {
    ...state,
    sla: {
      ...state.sla,
      deadlines: state.sla.deadlines.map((d) => ({ ...d, remainingBusinessMs: calendar.businessTimeBetween(now, new Date(d.at)) })),
    },
  };
}
