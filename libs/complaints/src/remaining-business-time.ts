import { calendarFor, CalendarKind } from '@libs/domain/calendar/business-calendar';
import type { ComplaintState } from '@workflows/complaint/complaint.contract';

export type ComplaintStateWithRemaining = ComplaintState & {
  sla: (NonNullable<ComplaintState['sla']> & { deadlines: Array<{ target: string; at: string; remainingBusinessMs: number }> }) | null;
};

/** Adds to each pending deadline the business time left until it, on the case's own calendar. */
export function withRemainingBusinessTime(state: ComplaintState, now: Date): ComplaintStateWithRemaining {
  if (!state.sla) return state as ComplaintStateWithRemaining;
  const calendar = calendarFor({ kind: state.sla.calendar as CalendarKind, timeZone: state.sla.timeZone });
  return {
    ...state,
    sla: {
      ...state.sla,
      deadlines: state.sla.deadlines.map((d) => ({ ...d, remainingBusinessMs: calendar.businessTimeBetween(now, new Date(d.at)) })),
    },
  };
}
