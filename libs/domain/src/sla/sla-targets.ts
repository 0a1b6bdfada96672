import type { ComplaintStatus } from '../complaints/complaint-lifecycle';
import type { SlaPolicy } from './sla-policy';

// The escalation ladder: agent -> supervisor -> after-sales manager -> general manager's office.
export const ESCALATION_LADDER = ['agent', 'supervisor', 'manager', 'gm_office'] as const;
export type EscalationRole = (typeof ESCALATION_LADDER)[number];

// `department_answer`: the department did not answer within the case's resolution time (C-4, C-5).
export type SlaTargetId = 'first_contact' | 'supervisor_report' | 'resolution' | 'department_answer' | `escalation_${number}`;

/** A point on the case's business clock that must be met before it passes. */
export interface SlaTarget {
  id: SlaTargetId;
  /** Business time after registration, with paused time not counted. */
  afterMs: number;
  /** For escalation steps: the level reached when it passes. */
  level?: number;
  /** Who is told when it passes. */
  notify: EscalationRole;
}

/** C-3/K-1 first contact, C-6 report to the supervisor, C-5 resolution, and the escalation ladder. */
export function slaTargets(policy: SlaPolicy): SlaTarget[] {
  const steps = policy.escalationStepsSeconds.slice(0, ESCALATION_LADDER.length - 1);
  return [
    { id: 'first_contact', afterMs: policy.firstContactSeconds * 1000, notify: 'supervisor' },
    { id: 'supervisor_report', afterMs: policy.supervisorReportSeconds * 1000, notify: 'supervisor' },
    { id: 'resolution', afterMs: policy.resolutionSeconds * 1000, notify: 'manager' },
    ...steps.map((seconds, i): SlaTarget => ({ id: `escalation_${i + 1}`, afterMs: seconds * 1000, level: i + 1, notify: ESCALATION_LADDER[i + 1] })),
  ];
}

const NOT_YET_CONTACTED: readonly ComplaintStatus[] = ['registered', 'assigned'];
const UNRESOLVED: readonly ComplaintStatus[] = ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'reopened'];

/** Whether the target still has to be met in this status (a met target never fires). */
export function isPending(target: SlaTarget, status: ComplaintStatus): boolean {
  return target.id === 'first_contact' ? NOT_YET_CONTACTED.includes(status) : UNRESOLVED.includes(status);
}

/** C-7: while a department works on the case the clock is the department's, not the agent's. */
export function clockPausedByStatus(status: ComplaintStatus): boolean {
  return status === 'forwarded';
}
