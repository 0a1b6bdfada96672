// What the reports read from a case (K-1, C-5, K-4), derived from its timeline so that the
// workflows and the read-model rebuild compute it the same way. Pure.
import { satisfactionAnswers } from '../reports/satisfaction-answers';

export interface TimelineEvent {
  at: string;
  event: string;
  note?: string;
}

export interface CaseReportTimes {
  /** K-1: the first contact with the customer. */
  firstContactedAt: string | null;
  /** C-5 / K-4: the latest resolution (a reopened case keeps its earlier one until resolved again). */
  resolvedAt: string | null;
  /** When the case ended: closed (after satisfaction, or unreached) or cancelled. */
  closedAt: string | null;
}

const ENDING_EVENTS = new Set(['close', 'close_unreached', 'cancel']);

export function complaintReportTimes(timeline: readonly TimelineEvent[], status: string): CaseReportTimes {
  const first = timeline.find((t) => t.event === 'contact');
  const resolved = timeline.filter((t) => t.event === 'resolve').at(-1);
  const ended = status === 'closed' || status === 'cancelled' ? timeline.filter((t) => ENDING_EVENTS.has(t.event)).at(-1) : undefined;
  return { firstContactedAt: first?.at ?? null, resolvedAt: resolved?.at ?? null, closedAt: ended?.at ?? null };
}

/** The complaint as the reports see it: its timeline, status, satisfaction call and department hand-over. */
export interface ComplaintReportSource {
  timeline: readonly TimelineEvent[];
  status: string;
  satisfaction: { score: number | null } | null;
  department: { department: string; confirmedBy: string | null; answer: { cause: string } | null } | null;
}

export interface ComplaintReportFields extends CaseReportTimes {
  /** C-8 / K-5: the satisfaction score, once the call gave one. */
  satisfactionScore: number | null;
  /** K-2: resolutions the customer answered the satisfaction call for (the first answer after each). */
  satisfactionAnswers: number;
  /** K-2: of those, the answers that confirmed satisfaction. */
  satisfiedAnswers: number;
  /** C-4 / C-11: the cause the department found. */
  cause: string | null;
  /** C-11: the department the manager sent the case to. */
  department: string | null;
}

export function complaintReportFields(c: ComplaintReportSource): ComplaintReportFields {
  const answers = satisfactionAnswers(c.timeline);
  return {
    ...complaintReportTimes(c.timeline, c.status),
    satisfactionScore: c.satisfaction?.score ?? null,
    satisfactionAnswers: answers.scored,
    satisfiedAnswers: answers.satisfied,
    cause: c.department?.answer?.cause ?? null,
    department: c.department?.confirmedBy ? c.department.department : null,
  };
}
