import { attemptProblem, startsComplaint } from '@libs/domain/follow-ups/call-script';
import type { FollowUpStep } from '@libs/domain/follow-ups/follow-up-policy';
import { FINAL_CALL_STATUSES, RETRIED_OUTCOMES, type CallStatus, type PlanStatus } from '@libs/domain/follow-ups/follow-up-types';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import {
  AttemptView,
  CancelPlanRequest,
  CarriedCall,
  CarriedPlan,
  FollowUpInput,
  FollowUpState,
  LinkedComplaint,
  PreparedPlan,
  ReassignPlanRequest,
  RecordAttemptRequest,
  TimelineEntry,
} from './follow-up.contract';
import { viewOf } from './plan-views';
import { invalid, refuse, required, transition } from '../shared';

// Carried across continue-as-new: enough to read the recent history, small enough to keep each run light.
const TIMELINE_CARRIED = 40;
export const SYSTEM = 'system';

/** A call of the plan and what is still to be done about it. */
export interface CallState extends CarriedCall {
  step: FollowUpStep;
  /** An attempt is being recorded (its retry slot is being worked out): no second attempt meanwhile. */
  busy: boolean;
  /** Work the main loop still has to do for this call. */
  pending: { attempt?: AttemptView; miss?: boolean; complaint?: ComplaintToOpen; lead?: boolean; letter?: boolean };
}

export interface ComplaintToOpen {
  by: string;
  score: number;
  dissatisfiedWith: string;
  notes: string | null;
  category: RecordAttemptRequest['complaintCategory'];
}

/** The plan's state inside its workflow. */
export class FollowUpPlan {
  status: PlanStatus;
  agent: string;
  stateVersion: number;
  run: number;
  readonly calls: CallState[];
  readonly timeline: TimelineEntry[];
  /** Calls that reached a final status in this run; the plan continues as new after one (see the workflow). */
  finishedThisRun = 0;

  constructor(
    readonly input: FollowUpInput,
    readonly prepared: PreparedPlan,
    carried?: CarriedPlan,
  ) {
    const stepOf = (key: string) => prepared.steps.find((s) => s.key === key)!;
    if (carried) {
      this.status = carried.status;
      this.agent = carried.agent;
      this.stateVersion = carried.stateVersion;
      this.run = carried.run + 1;
      this.calls = carried.calls.map((c) => ({ ...c, step: stepOf(c.stepKey), busy: false, pending: {} }));
      this.timeline = [...carried.timeline];
      this.record('continued_as_new', SYSTEM, `run ${this.run}`);
      return;
    }
    this.status = 'active';
    this.agent = prepared.agent;
    this.stateVersion = 1;
    this.run = 1;
    this.timeline = [];
    this.calls = prepared.calls.map((c) => ({
      callId: c.callId,
      stepKey: c.stepKey,
      step: stepOf(c.stepKey),
      status: 'scheduled' as CallStatus,
      agent: prepared.agent,
      dueAt: c.dueAt,
      windowEnd: c.windowEnd,
      nextAttemptAt: c.dueAt,
      attempts: [],
      missReason: null,
      escalated: false,
      complaint: null,
      lead: null,
      letterQueued: false,
      version: 0,
      busy: false,
      pending: {},
    }));
    this.record('planned', input.createdBy, `${this.calls.length} call(s) under policy ${prepared.policyCode} v${prepared.policyVersion}, agent ${this.agent}`);
  }

  call(callId: string): CallState | undefined {
    return this.calls.find((c) => c.callId === callId);
  }

  // Validators: pure, they change nothing and throw the refusal. The request's own fields are checked
  // first (static, so that a plan still being planned names a missing field too), then the plan's state.

  static ensureAttemptRequest(request: RecordAttemptRequest): void {
    if (typeof request?.by !== 'string' || !request.by.trim()) invalid('by (the staff member who called) is required', 'by');
  }

  static ensureCancelRequest(request: CancelPlanRequest): void {
    required(request?.by, 'by');
    required(request.reason, 'reason');
  }

  static ensureReassignRequest(request: ReassignPlanRequest): void {
    required(request?.by, 'by');
    if (!STAFF_CODE.test(request.agent ?? '')) invalid('agent must be a staff code like AG-001', 'agent');
  }

  /** An attempt: the call exists, is due, no other attempt is being recorded, and it follows the script (F-9). */
  ensureAttemptAllowed(request: RecordAttemptRequest): void {
    if (this.status !== 'active') transition(`the follow-up plan is ${this.status}`);
    const call = this.call(request.callId);
    if (!call) refuse('notFound', `plan ${this.input.planId} has no call ${request.callId}`, 'callId');
    if (call.status === 'scheduled') transition(`call ${call.callId} is not due until ${new Date(call.nextAttemptAt!).toISOString()}`);
    if (call.status !== 'due') transition(`call ${call.callId} is ${call.status}`);
    if (call.busy) transition(`an attempt on call ${call.callId} is being recorded`);
    const problem = attemptProblem(request, call.step, this.prepared.terms);
    if (problem) invalid(problem.message, problem.field);
  }

  ensureCancelAllowed(): void {
    if (this.status !== 'active') transition(`cannot cancel a follow-up plan that is ${this.status}`);
  }

  /** A-7: only an active plan moves, and only to someone else. */
  ensureReassignAllowed(request: ReassignPlanRequest): void {
    if (this.status !== 'active') transition(`cannot reassign a follow-up plan that is ${this.status}`);
    if (request.agent === this.agent) invalid(`the plan is already assigned to ${request.agent}`, 'agent');
  }

  /**
   * Records an attempt (F-12) and decides what follows: reached closes the call (and may start a
   * complaint, F-10, or a lead, F-11); a wrong number misses it; no answer or busy waits for a retry slot.
   */
  addAttempt(call: CallState, request: RecordAttemptRequest, now: number): AttemptView {
    const attempt: AttemptView = {
      no: call.attempts.length + 1,
      at: new Date(now).toISOString(),
      by: request.by,
      outcome: request.outcome,
      satisfactionScore: request.satisfactionScore ?? null,
      answers: request.answers ?? {},
      notes: request.notes ?? null,
      purchaseIntent: request.purchaseIntent?.interest ?? null,
    };
    call.attempts.push(attempt);
    const score = attempt.satisfactionScore === null ? '' : `, score ${attempt.satisfactionScore}`;
    this.changed('call_attempt', request.by, `${call.callId} attempt ${attempt.no}: ${attempt.outcome}${score}`);
    if (request.outcome === 'reached') {
      this.close(call, 'done');
      if (startsComplaint(request, this.prepared.terms)) {
        call.complaint = { caseNo: null, status: 'opening' };
        call.pending.complaint = {
          by: request.by,
          score: request.satisfactionScore!,
          dissatisfiedWith: String(request.answers?.dissatisfied_with ?? 'not said'),
          notes: request.notes ?? null,
          category: request.complaintCategory,
        };
      }
      if (request.purchaseIntent) {
        call.lead = { leadId: `${call.callId}-lead`, interest: request.purchaseIntent.interest, status: 'handing_over', salesOwner: null, reason: null };
        call.pending.lead = true;
      }
    } else if (request.outcome === 'wrong_number') {
      this.miss(call, 'wrong number: the customer file needs the right phone number (A-8)');
    } else if (RETRIED_OUTCOMES.includes(request.outcome)) {
      call.busy = true;
    }
    return attempt;
  }

  /** An attempt an action accepted, left for the main loop to store (F-12) and, after no answer or busy, to place a retry. */
  acceptAttempt(request: RecordAttemptRequest, now: number): void {
    const call = this.call(request.callId)!;
    call.pending.attempt = this.addAttempt(call, request, now);
  }

  /** After no answer or busy: the retry slot later in the window, or a miss when there is none. */
  retryOrMiss(call: CallState, slot: number | null): void {
    call.busy = false;
    if (call.status !== 'due') return;
    if (slot === null) {
      this.miss(call, `unreached after ${call.attempts.length} attempt(s) in the window`);
      return;
    }
    call.status = 'scheduled';
    call.nextAttemptAt = slot;
    call.version += 1;
    this.changed('retry_scheduled', SYSTEM, `${call.callId} tried again at ${new Date(slot).toISOString()}`);
  }

  becomeDue(call: CallState): void {
    call.status = 'due';
    call.version += 1;
    this.changed('call_due', SYSTEM, `${call.callId} on ${call.agent}'s worklist`);
  }

  /** A call that cannot be made any more: recorded, and escalated to the supervisor by the main loop. */
  miss(call: CallState, reason: string): void {
    call.missReason = reason;
    call.pending.miss = true;
    this.close(call, 'missed', reason);
  }

  cancel(by: string, reason: string): void {
    for (const call of this.calls) if (!FINAL_CALL_STATUSES.includes(call.status)) this.close(call, 'cancelled', reason);
    this.status = 'cancelled';
    this.changed('cancelled', by, reason);
  }

  reassign(by: string, agent: string, reason?: string): void {
    const previous = this.agent;
    this.agent = agent;
    for (const call of this.calls) {
      if (FINAL_CALL_STATUSES.includes(call.status)) continue;
      call.agent = agent;
      call.version += 1;
    }
    this.changed('reassigned', by, `from ${previous} to ${agent}${reason ? `: ${reason}` : ''}`);
  }

  /** A missed call's supervisor has been told (once). */
  missEscalated(call: CallState): void {
    call.escalated = true;
    call.version += 1;
    this.changed('miss_escalated', SYSTEM, `${call.callId} to the supervisor`);
  }

  /** F-10: the complaint opened from the call, or why it could not be. */
  complaintLinked(call: CallState, complaint: LinkedComplaint): void {
    call.complaint = complaint;
    call.version += 1;
    this.changed('complaint_linked', SYSTEM, `${call.callId}: ${complaint.caseNo ?? `failed: ${complaint.reason}`}`);
  }

  /** F-11: what the sales department made of the lead. */
  leadAnswered(call: CallState, outcome: DepartmentRequestOutcome): void {
    const lead = call.lead!;
    if (outcome.outcome === 'completed') {
      call.lead = { ...lead, status: 'accepted', salesOwner: (outcome.result as { salesOwner?: string })?.salesOwner ?? null };
    } else if (outcome.outcome === 'timed_out') {
      call.lead = { ...lead, status: 'timed_out', reason: `no answer from sales within ${outcome.timeoutSeconds} s` };
    } else {
      call.lead = { ...lead, status: 'refused', reason: outcome.reason };
    }
    call.version += 1;
    this.changed('lead_answered', 'sales-department', `${lead.leadId}: ${call.lead.status}${call.lead.salesOwner ? ` by ${call.lead.salesOwner}` : ''}`);
  }

  /** F-8: the invitation letter is queued. */
  letterSent(call: CallState): void {
    call.letterQueued = true;
    call.version += 1;
    this.changed('letter_queued', SYSTEM, `${call.callId}: invitation letter (F-8)`);
  }

  complete(): void {
    this.status = 'completed';
    this.changed('completed', SYSTEM, `${this.calls.filter((c) => c.status === 'done').length} of ${this.calls.length} call(s) done`);
  }

  // What the main loop does next, read from the state.

  /** A call with a step still to be taken: an attempt to store, an escalation, a complaint, a lead or a letter. */
  get callWithWork(): CallState | undefined {
    return this.calls.find((c) => c.pending.attempt || c.pending.miss || c.pending.complaint || c.pending.lead || c.pending.letter);
  }

  /** A scheduled call whose time has come (it goes on the worklist). */
  callDueBy(now: number): CallState | undefined {
    return this.calls.find((c) => c.status === 'scheduled' && c.nextAttemptAt! <= now);
  }

  /** A due call whose window has passed with no attempt being recorded (it is missed). */
  callLapsedBy(now: number): CallState | undefined {
    return this.calls.find((c) => c.status === 'due' && !c.busy && c.windowEnd <= now);
  }

  missLapsed(call: CallState): void {
    this.miss(call, call.attempts.length ? `unreached after ${call.attempts.length} attempt(s) in the window` : 'the window passed without a call');
  }

  /** No call on a worklist and nothing left to do about the last one: the moment to continue as new. */
  get betweenCalls(): boolean {
    return !this.calls.some((c) => c.status === 'due') && !this.hasPendingWork;
  }

  /** The next due time or window end; Infinity when the plan waits for nothing but a change. */
  get nextWakeAt(): number {
    return Math.min(
      ...this.calls.filter((c) => c.status === 'scheduled').map((c) => c.nextAttemptAt!),
      ...this.calls.filter((c) => c.status === 'due' && !c.busy).map((c) => c.windowEnd),
    );
  }

  private close(call: CallState, status: 'done' | 'missed' | 'cancelled', note?: string): void {
    call.status = status;
    call.nextAttemptAt = null;
    call.busy = false;
    call.version += 1;
    this.finishedThisRun += 1;
    // F-8: the letter follows the invitation call, whatever came of it.
    if (call.step.letterAfter && status !== 'cancelled' && !call.letterQueued) call.pending.letter = true;
    this.changed(`call_${status}`, SYSTEM, `${call.callId}${note ? `: ${note}` : ''}`);
  }

  get allFinal(): boolean {
    return this.calls.every((c) => FINAL_CALL_STATUSES.includes(c.status));
  }

  get hasPendingWork(): boolean {
    return this.calls.some((c) => c.busy || c.pending.attempt || c.pending.miss || c.pending.complaint || c.pending.lead || c.pending.letter || c.lead?.status === 'handing_over');
  }

  changed(event: string, by: string, note?: string): void {
    this.stateVersion += 1;
    this.record(event, by, note);
  }

  private record(event: string, by: string, note?: string): void {
    this.timeline.push({ at: new Date().toISOString(), event, by, ...(note ? { note } : {}) });
  }

  snapshot(): FollowUpState {
    return {
      planId: this.input.planId,
      trigger: this.input.trigger,
      source: this.input.source ?? null,
      tier: this.prepared.tier,
      status: this.status,
      customerNo: this.input.customerNo,
      agent: this.agent,
      policy: `${this.prepared.policyCode} v${this.prepared.policyVersion}`,
      timeZone: this.prepared.timeZone,
      stateVersion: this.stateVersion,
      run: this.run,
      calls: this.calls.map(viewOf),
      timeline: [...this.timeline],
    };
  }

  carry(): CarriedPlan {
    return {
      prepared: this.prepared,
      status: this.status,
      agent: this.agent,
      stateVersion: this.stateVersion,
      run: this.run,
      calls: this.calls.map(({ step: _step, busy: _busy, pending: _pending, ...carried }) => carried),
      timeline: this.timeline.slice(-TIMELINE_CARRIED),
    };
  }
}
