import { ApplicationFailure } from '@temporalio/workflow';
import { ComplaintEvent, ComplaintStatus, nextStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { ComplaintInput, ComplaintState, DepartmentView, Remedy, RemedyReturnRequest, RemedyReturnView, SlaView } from './complaint.contract';

// C-8: attempts at the satisfaction call before the case closes as unreached.
export const SATISFACTION_CALL_ATTEMPTS = 3;
// C-8: scores at or below this reopen the case.
export const UNSATISFIED_AT_OR_BELOW = 2;

/** The complaint's state inside its workflow: transitions follow the domain's lifecycle table. */
export class ComplaintCase {
  status: ComplaintStatus = 'registered';
  assignedAgent: string | null = null;
  escalationLevel = 0;
  stateVersion = 1;
  remedy: Remedy | null = null;
  satisfaction: ComplaintState['satisfaction'] = null;
  /** Why the case waits for the customer; the SLA clock stops meanwhile. */
  waitingForCustomer: string | null = null;
  department: DepartmentView | null = null;
  /** When the case was last resolved (workflow time), and whether its satisfaction call was queued. */
  resolvedAt: number | null = null;
  resolutions = 0;
  satisfactionCallQueued = false;
  /** C-10: the return a refund or replacement runs as, and what it was asked to do. */
  remedyReturn: RemedyReturnView | null = null;
  remedyReturnRequest: RemedyReturnRequest | null = null;
  readonly timeline: ComplaintState['timeline'] = [];

  constructor(readonly input: ComplaintInput) {
    this.record('registered', input.registeredBy, `channel ${input.channel}`);
  }

  ensureAllowed(event: ComplaintEvent): void {
    if (!nextStatus(this.status, event)) {
      throw ApplicationFailure.nonRetryable(`cannot ${event.replace('_', ' ')} a complaint that is ${this.status}`, 'InvalidTransition');
    }
  }

  apply(event: ComplaintEvent, by: string, note?: string): void {
    this.ensureAllowed(event);
    this.status = nextStatus(this.status, event)!;
    this.changed(event, by, note);
  }

  /** First assignment moves the case on; later ones only change the owner. */
  assignTo(agent: string, by: string, reason?: string): void {
    const previous = this.assignedAgent;
    this.assignedAgent = agent;
    const why = reason ? `: ${reason}` : '';
    if (this.status === 'registered') this.apply('assign', by, `assigned to ${agent}${why}`);
    else this.changed('reassign', by, `from ${previous} to ${agent}${why}`);
  }

  /** C-3 first contact moves the case on; later calls are logged (C-13). Either way the wait ends. */
  contact(by: string, summary: string): void {
    this.waitingForCustomer = null;
    if (nextStatus(this.status, 'contact')) this.apply('contact', by, summary);
    else this.changed('call', by, summary);
  }

  waitForCustomer(by: string, reason: string): void {
    this.waitingForCustomer = reason;
    this.changed('wait_for_customer', by, reason);
  }

  resume(by: string): void {
    this.waitingForCustomer = null;
    this.changed('resume', by);
  }

  resolve(by: string, remedy: Remedy, summary: string): void {
    this.apply('resolve', by, `${remedy}: ${summary}`);
    this.remedy = remedy;
    this.waitingForCustomer = null;
    this.satisfaction = { score: null, comment: null, attempts: 0 };
    this.resolvedAt = Date.now();
    this.resolutions += 1;
    this.satisfactionCallQueued = false;
  }

  /** C-8: a reached customer's score closes or reopens the case; unreached N times closes it. */
  recordSatisfaction(by: string, reached: boolean, score?: number, comment?: string): void {
    const attempts = (this.satisfaction?.attempts ?? 0) + 1;
    if (!reached) {
      this.satisfaction = { ...this.satisfaction, score: null, comment: null, attempts };
      if (attempts >= SATISFACTION_CALL_ATTEMPTS) this.apply('close_unreached', by, `customer unreached after ${attempts} satisfaction calls`);
      else this.changed('satisfaction_call_unanswered', by, `attempt ${attempts} of ${SATISFACTION_CALL_ATTEMPTS}`);
      return;
    }
    this.satisfaction = { ...this.satisfaction, score: score!, comment: comment ?? null, attempts };
    const note = `score ${score}${comment ? `: ${comment}` : ''}`;
    if (score! <= UNSATISFIED_AT_OR_BELOW) {
      this.apply('report_unsatisfied', by, note);
    } else {
      this.apply('confirm_satisfied', by, note);
      // C-14: a confirmed case is closed and archived with its timeline.
      this.apply('close', 'system', 'closed after satisfaction confirmed');
    }
  }

  requestForward(by: string, note: string): void {
    this.department = { department: 'quality', status: 'awaiting_confirmation', requestedBy: by, note, confirmedBy: null, answer: null, reason: null, round: (this.department?.round ?? 0) + 1 };
    this.changed('forward_requested', by, `to the quality department: ${note}`);
  }

  /** C-7: confirmed by the manager, the case goes to the department and its clock stops. */
  confirmForward(by: string): void {
    this.apply('forward', by, 'confirmed: sent to the quality department');
    this.department = { ...this.department!, status: 'waiting', confirmedBy: by };
    this.waitingForCustomer = null;
  }

  departmentAnswered(status: 'answered' | 'refused' | 'timed_out', note: string, answer: DepartmentView['answer'] = null): void {
    this.department = { ...this.department!, status, answer, reason: status === 'answered' ? null : note };
    this.apply('department_answer', 'quality-department', note);
  }

  escalate(level: number, role: string, note: string): void {
    this.escalationLevel = level;
    this.changed('escalate', 'system', `level ${level} (${role}): ${note}`);
  }

  /** Records an event that changes the state without a status transition. */
  changed(event: string, by: string, note?: string): void {
    this.stateVersion += 1;
    this.record(event, by, note);
  }

  private record(event: string, by: string, note?: string): void {
    // Workflow time is deterministic (the SDK replaces Date inside workflows).
    this.timeline.push({ at: new Date().toISOString(), event, by, ...(note ? { note } : {}) });
  }

  snapshot(sla: SlaView | null): ComplaintState {
    return {
      caseNo: this.input.caseNo,
      status: this.status,
      category: this.input.category,
      severity: this.input.severity,
      customerNo: this.input.customerNo,
      assignedAgent: this.assignedAgent,
      escalationLevel: this.escalationLevel,
      stateVersion: this.stateVersion,
      remedy: this.remedy,
      satisfaction: this.satisfaction,
      sla,
      department: this.department,
      remedyReturn: this.remedyReturn,
      timeline: [...this.timeline],
    };
  }
}
