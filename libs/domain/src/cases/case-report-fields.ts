// What the reports read from a case (K-1, C-5, K-4), derived from its timeline so that the
// workflows and the read-model rebuild compute it the same way. Pure.

export interface TimelineEvent {
  at: string;
  event: string;
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
