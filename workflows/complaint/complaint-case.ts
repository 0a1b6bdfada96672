import { ComplaintEvent, ComplaintStatus, isFinal, nextStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { invalid, required, transition } from '../shared/refusals';
import {
  ActorRequest,
  CancelRequest,
  ComplaintInput,
  ComplaintState,
  ContactRequest,
  DataProblem,
  DepartmentView,
  ForwardRequest,
  NoteRequest,
  ReassignRequest,
  Remedy,
  REMEDIES,
  REMEDIES_BY_RETURN,
  RemedyReturnRequest,
  RemedyReturnView,
  ResolveRequest,
  SatisfactionRequest,
  SlaView,
  WaitRequest,
} from './complaint.contract';

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
  /** C-8 with F-5: an unanswered satisfaction call waits for the main loop to plan its next attempt. */
  satisfactionRetryPending = false;
  /** C-10: the return a refund or replacement runs as, and what it was asked to do. */
  remedyReturn: RemedyReturnView | null = null;
  remedyReturnRequest: RemedyReturnRequest | null = null;
  readonly timeline: ComplaintState['timeline'] = [];
  dataProblem: DataProblem | null = null;

  constructor(readonly input: ComplaintInput) {
    this.record('registered', input.registeredBy, `channel ${input.channel}`);
  }

  ensureAllowed(event: ComplaintEvent): void {
    if (!nextStatus(this.status, event)) transition(`cannot ${event.replace('_', ' ')} a complaint that is ${this.status}`);
  }

  // The actions' validators: pure and synchronous, they refuse (InvalidRequest 400, InvalidTransition 409)
  // what the case does not allow now, so that a refused action never enters the history.

  validateCancel(r: CancelRequest): void {
    required(r.reason, 'reason');
    this.ensureAllowed('cancel');
  }

  /** A-7 / supervisors: any open case, to another staff member. */
  validateReassign(r: ReassignRequest): void {
    if (!STAFF_CODE.test(r.agent ?? '')) invalid('agent must be a staff code like AG-001', 'agent');
    if (isFinal(this.status)) transition(`cannot reassign a complaint that is ${this.status}`);
    if (r.agent === this.assignedAgent) invalid(`the complaint is already assigned to ${r.agent}`, 'agent');
  }

  validateContact(r: ContactRequest): void {
    required(r.summary, 'summary');
    if (this.status === 'registered') transition('cannot contact before the complaint is assigned');
    if (isFinal(this.status)) transition(`cannot log a call on a complaint that is ${this.status}`);
  }

  validateWaitForCustomer(r: WaitRequest): void {
    required(r.reason, 'reason');
    if (isFinal(this.status) || ['resolved', 'satisfaction_confirmed', 'forwarded'].includes(this.status)) {
      transition(`cannot wait for the customer on a complaint that is ${this.status}`);
    }
    if (this.waitingForCustomer) transition('the complaint already waits for the customer');
  }

  validateResume(_r: ActorRequest): void {
    if (!this.waitingForCustomer) transition('the complaint is not waiting for the customer');
  }

  /** C-10: a known remedy; a refund or replacement names what its return request needs. */
  validateResolve(r: ResolveRequest): void {
    if (!REMEDIES.includes(r.remedy)) invalid(`remedy must be one of: ${REMEDIES.join(', ')}`, 'remedy');
    required(r.summary, 'summary');
    if (REMEDIES_BY_RETURN.includes(r.remedy)) validateReturnRequest(r.remedy, r.returnRequest);
    this.ensureAllowed('resolve');
  }

  /** C-8: asked after resolution, once the remedy is carried out; a reached customer gives a score. */
  validateSatisfaction(r: SatisfactionRequest): void {
    if (this.status !== 'resolved') transition(`satisfaction is asked after resolution; the complaint is ${this.status}`);
    this.refuseWhileRemedyRuns('satisfaction is asked once the remedy is carried out');
    if (r.reached && !(Number.isInteger(r.score) && r.score! >= 1 && r.score! <= 5)) invalid('score must be a whole number from 1 to 5 when the customer was reached', 'score');
    if (!r.reached) this.refuseEarlySatisfactionRetry();
  }

  /** F-5: an unanswered satisfaction call is tried again at its planned slot, not moments later (C-8). */
  private refuseEarlySatisfactionRetry(): void {
    if (this.satisfactionRetryPending) transition("the next attempt at the satisfaction call is being planned in the customer's call hours (F-5)");
    const next = this.satisfaction?.nextAttemptAt;
    if (next && Date.parse(next) > Date.now()) transition(`the next attempt at the satisfaction call is due at ${next}, in the customer's call hours (F-5)`);
  }

  /** F-5: the next attempt at an unanswered satisfaction call, planned by the main loop. */
  planSatisfactionRetry(at: number): void {
    this.satisfactionRetryPending = false;
    this.satisfaction = { score: null, comment: null, attempts: 0, ...this.satisfaction, nextAttemptAt: new Date(at).toISOString() };
    this.changed('satisfaction_call_retry', 'system', `next attempt at ${new Date(at).toISOString()}, in the customer's call hours (F-5)`);
  }

  validateReopen(r: CancelRequest): void {
    required(r.reason, 'reason');
    this.ensureAllowed('report_unsatisfied');
    this.refuseWhileRemedyRuns('a complaint is reopened once its remedy is carried out');
  }

  /** C-13: a note is logged in any status. */
  validateNote(r: NoteRequest): void {
    required(r.text, 'text');
  }

  /** C-7: the agent asks, once at a time... */
  validateRequestForward(r: ForwardRequest): void {
    required(r.note, 'note');
    this.ensureAllowed('forward');
    if (this.department?.status === 'awaiting_confirmation') transition("forwarding already awaits the manager's confirmation");
  }

  /** ...and the manager confirms what was asked. */
  validateConfirmForward(_r: ActorRequest): void {
    if (this.department?.status !== 'awaiting_confirmation') transition('there is no forwarding request to confirm');
    this.ensureAllowed('forward');
  }

  /** C-10: while the remedy's return request runs, the complaint waits for it. */
  private refuseWhileRemedyRuns(what: string): void {
    const remedy = this.remedyReturn;
    if (remedy && (remedy.status === 'opening' || remedy.status === 'running')) {
      transition(`${what}: return ${remedy.returnNo ?? '(being opened)'} is still ${remedy.status === 'opening' ? 'being opened' : 'running'}`);
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

  /** C-10: a refund or replacement is then carried out as a return request the main loop opens. */
  resolve(by: string, remedy: Remedy, summary: string, returnRequest?: RemedyReturnRequest): void {
    this.apply('resolve', by, `${remedy}: ${summary}`);
    this.remedy = remedy;
    this.waitingForCustomer = null;
    this.satisfaction = { score: null, comment: null, attempts: 0 };
    this.resolvedAt = Date.now();
    this.resolutions += 1;
    this.satisfactionCallQueued = false;
    this.satisfactionRetryPending = false;
    this.remedyReturn = null;
    this.remedyReturnRequest = REMEDIES_BY_RETURN.includes(remedy) ? returnRequest! : null;
  }

  /**
   * C-8: a reached customer's score closes or reopens the case; unreached N times closes it. With
   * `retryLater` (F-5), an unanswered call is tried again later in the customer's call hours: the main
   * loop plans the next attempt, and an unanswered attempt before it is refused.
   */
  recordSatisfaction(by: string, reached: boolean, score?: number, comment?: string, retryLater = false): void {
    const attempts = (this.satisfaction?.attempts ?? 0) + 1;
    if (!reached) {
      this.satisfaction = { ...this.satisfaction, score: null, comment: null, attempts };
      if (attempts >= SATISFACTION_CALL_ATTEMPTS) this.apply('close_unreached', by, `customer unreached after ${attempts} satisfaction calls`);
      else {
        this.changed('satisfaction_call_unanswered', by, `attempt ${attempts} of ${SATISFACTION_CALL_ATTEMPTS}`);
        if (retryLater) this.satisfactionRetryPending = true;
      }
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

  /** C-4: the department never answered in its window; the system records it, not the department. */
  departmentTimedOut(note: string): void {
    this.department = { ...this.department!, status: 'timed_out', answer: null, reason: note };
    this.apply('department_timeout', 'system', note);
  }

  escalate(level: number, role: string, note: string): void {
    this.escalationLevel = level;
    this.changed('escalate', 'system', `level ${level} (${role}): ${note}`);
  }

  /** Records an event that changes the state without a status transition. */
  /** The database refused this case's data: say so on the case instead of retrying for ever. */
  recordDataProblem(problem: { sqlState: string; reason: string; activity: string }): void {
    this.dataProblem = { code: 'DATA_NOT_STORABLE', sqlState: problem.sqlState, step: problem.activity };
    this.changed('data_not_storable', 'system', `${problem.activity}: the database cannot store this case (${problem.sqlState} ${problem.reason}); correct the case data`);
  }

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
      dataProblem: this.dataProblem,
      timeline: [...this.timeline],
    };
  }
}

/** C-10: a refund or replacement names the order, the goods and the amount its return request needs. */
function validateReturnRequest(remedy: string, request: RemedyReturnRequest | undefined): void {
  if (!request) invalid(`returnRequest is required for a ${remedy}: the order, the items and the amount`, 'returnRequest');
  required(request.orderRef, 'returnRequest.orderRef');
  if (!Array.isArray(request.items) || request.items.length === 0) invalid('returnRequest.items must list at least one item', 'returnRequest.items');
  for (const item of request.items) {
    if (!item?.sku?.trim() || !Number.isInteger(item.quantity) || item.quantity < 1) invalid('returnRequest.items need a sku and a whole quantity of at least 1', 'returnRequest.items');
  }
  if (!Number.isInteger(request.amountFen) || request.amountFen <= 0) invalid('returnRequest.amountFen must be a positive whole number of fen', 'returnRequest.amountFen');
  if (request.type !== undefined && request.type !== 'refund_only' && request.type !== 'return_and_refund') invalid('returnRequest.type must be refund_only or return_and_refund', 'returnRequest.type');
  if (remedy === 'replace' && request.type !== undefined) invalid('returnRequest.type is for refunds; a replacement is always an exchange', 'returnRequest.type');
}
