import { COMPLAINT_EVENTS, COMPLAINT_STATUSES, ComplaintEvent, ComplaintStatus, isFinal, nextStatus } from './complaint-lifecycle';

// Every allowed transition; every other (status, event) pair must be refused.
const ALLOWED: Array<[ComplaintStatus, ComplaintEvent, ComplaintStatus]> = [
  ['registered', 'assign', 'assigned'],
  ['registered', 'cancel', 'cancelled'],
  ['assigned', 'contact', 'contacted'],
  ['assigned', 'cancel', 'cancelled'],
  ['contacted', 'forward', 'forwarded'],
  ['contacted', 'resolve', 'resolved'],
  ['contacted', 'cancel', 'cancelled'],
  ['forwarded', 'department_answer', 'department_answered'],
  ['forwarded', 'department_timeout', 'department_timed_out'], // C-4: silence is not an answer
  ['forwarded', 'cancel', 'cancelled'],
  ['department_answered', 'forward', 'forwarded'],
  ['department_answered', 'resolve', 'resolved'],
  ['department_answered', 'cancel', 'cancelled'],
  ['department_timed_out', 'forward', 'forwarded'],
  ['department_timed_out', 'resolve', 'resolved'],
  ['department_timed_out', 'cancel', 'cancelled'],
  ['resolved', 'confirm_satisfied', 'satisfaction_confirmed'],
  ['resolved', 'reopen', 'reopened'], // staff reopen: not the customer's dissatisfaction (K-2)
  ['resolved', 'report_unsatisfied', 'reopened'], // C-8
  ['resolved', 'close_unreached', 'closed'],
  ['reopened', 'contact', 'contacted'],
  ['reopened', 'forward', 'forwarded'],
  ['reopened', 'resolve', 'resolved'],
  ['reopened', 'cancel', 'cancelled'],
  ['satisfaction_confirmed', 'close', 'closed'],
];

const allowedKey = new Set(ALLOWED.map(([s, e]) => `${s}:${e}`));
const REFUSED = COMPLAINT_STATUSES.flatMap((s) => COMPLAINT_EVENTS.map((e) => [s, e] as const)).filter(
  ([s, e]) => !allowedKey.has(`${s}:${e}`),
);

describe('complaint lifecycle', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each(REFUSED)('refuses %s in status %s', (from, event) => {
    expect(nextStatus(from, event)).toBeUndefined();
  });

  it('allows cancelling only before resolution', () => {
    expect(nextStatus('resolved', 'cancel')).toBeUndefined();
    expect(nextStatus('satisfaction_confirmed', 'cancel')).toBeUndefined();
  });

  it('treats closed and cancelled as final, and nothing else', () => {
    expect(COMPLAINT_STATUSES.filter(isFinal)).toEqual(['closed', 'cancelled']);
  });
});
