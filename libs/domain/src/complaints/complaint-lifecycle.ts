// The complaint lifecycle (C-3, C-7, C-8): which event may happen in which status.
export const COMPLAINT_STATUSES = [
  'registered',
  'assigned',
  'contacted',
  'forwarded',
  'department_answered',
  // C-4: the department never answered within its window; the case escalates (one step) and goes on.
  'department_timed_out',
  'resolved',
  'satisfaction_confirmed',
  'reopened',
  'closed',
  'cancelled',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_EVENTS = [
  'assign',
  'contact',
  'forward',
  'department_answer',
  'department_timeout',
  'resolve',
  'confirm_satisfied',
  'report_unsatisfied',
  'reopen',
  'close',
  'close_unreached',
  'cancel',
] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

const BEFORE_RESOLUTION: ComplaintStatus[] = ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'reopened'];

const TRANSITIONS: Record<ComplaintEvent, { from: readonly ComplaintStatus[]; to: ComplaintStatus }> = {
  assign: { from: ['registered'], to: 'assigned' },
  contact: { from: ['assigned', 'reopened'], to: 'contacted' },
  // C-7: forwarded to a department, possibly again after an answer that did not settle it.
  forward: { from: ['contacted', 'department_answered', 'department_timed_out', 'reopened'], to: 'forwarded' },
  department_answer: { from: ['forwarded'], to: 'department_answered' },
  department_timeout: { from: ['forwarded'], to: 'department_timed_out' },
  resolve: { from: ['contacted', 'department_answered', 'department_timed_out', 'reopened'], to: 'resolved' },
  // C-8: satisfaction is confirmed by a call after resolution; an unsatisfied customer reopens.
  confirm_satisfied: { from: ['resolved'], to: 'satisfaction_confirmed' },
  report_unsatisfied: { from: ['resolved'], to: 'reopened' },
  // Staff reopen a resolution that did not hold: not the customer's dissatisfaction (K-2 does not count it).
  reopen: { from: ['resolved'], to: 'reopened' },
  close: { from: ['satisfaction_confirmed'], to: 'closed' },
  // C-8: a customer who cannot be reached for the satisfaction call after N attempts.
  close_unreached: { from: ['resolved'], to: 'closed' },
  cancel: { from: BEFORE_RESOLUTION, to: 'cancelled' },
};

export function canApply(status: ComplaintStatus, event: ComplaintEvent): boolean {
  return TRANSITIONS[event].from.includes(status);
}

/** The status after `event`, or `undefined` when the event is not allowed in `status`. */
export function nextStatus(status: ComplaintStatus, event: ComplaintEvent): ComplaintStatus | undefined {
  return canApply(status, event) ? TRANSITIONS[event].to : undefined;
}

export function allowedEvents(status: ComplaintStatus): ComplaintEvent[] {
  return COMPLAINT_EVENTS.filter((event) => canApply(status, event));
}

export function isFinal(status: ComplaintStatus): boolean {
  return allowedEvents(status).length === 0;
}
