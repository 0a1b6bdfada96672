import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { clockPausedByStatus, ESCALATION_LADDER } from '@libs/domain/sla/sla-targets';
import { AssignedAgent, CaseStatus, Department, EscalationLevel, newCaseSearchAttributes, SlaDeadline } from '@libs/temporal/search-attributes';
import type { QualityInvestigationResult } from '@libs/departments/ports/quality.port';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { returnWorkflow } from '../returns/return.workflow';
import type { ReturnState } from '../returns/return.contract';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { returnSummary } from '@libs/domain/returns/return-request';
import { complaintReportFields } from '@libs/domain/cases/case-report-fields';
import type { PlatformActivities } from '../../activities';
import { ComplaintCase, UNSATISFIED_AT_OR_BELOW } from './complaint-case';
import {
  ActorRequest,
  addNoteUpdate,
  cancelComplaintUpdate,
  ComplaintInput,
  ComplaintState,
  complaintStateQuery,
  confirmForwardUpdate,
  contactComplaintUpdate,
  reassignComplaintUpdate,
  recordSatisfactionUpdate,
  REMEDIES,
  REMEDIES_BY_RETURN,
  RemedyReturnRequest,
  reopenComplaintUpdate,
  requestForwardUpdate,
  resolveComplaintUpdate,
  resumeComplaintUpdate,
  waitForCustomerUpdate,
} from './complaint.contract';
import { DueTarget, SlaClock } from './sla-clock';

// Database-backed activities: short, retried on infrastructure errors until they succeed.
const DB_CALL = { startToCloseTimeout: '10s', retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' } } as const;

/** The same activities with a one-line summary that the Temporal UI shows for the call. */
const described = (summary: string) => proxyActivities<PlatformActivities>({ ...DB_CALL, summary });

/**
 * The case's own short calls (policy and agent look-ups, deadline arithmetic, read-model and SLA-breach
 * writes, staff-inbox notices) run as local activities: done inside the workflow task that decided them,
 * so an escalation costs one task instead of three tasks and three activity round trips. Each is a read
 * or an idempotent write (state version, breach key, dedupe key), so a re-run after a lost task does no
 * harm. Retries past the threshold wait on a durable timer.
 */
const local = (summary: string) => proxyLocalActivities<PlatformActivities>({ ...DB_CALL, localRetryThreshold: '10s', summary });

const SYSTEM = 'system';
// Added after the first recorded histories: their replay must not see the satisfaction-call timer.
const SATISFACTION_CALL_PATCH = 'satisfaction-call';
// Added with return requests: histories resolved by refund or replacement before it did not start one.
const REMEDY_RETURN_PATCH = 'remedy-return';
// Escalations recorded before it wrote the breach, then notified, one after the other.
const PARALLEL_ESCALATION_PATCH = 'parallel-escalation';
// Short calls became local activities; histories before it scheduled them on the task queue.
const LOCAL_SHORT_CALLS_PATCH = 'local-short-calls';
/** The call's proxy: local for new histories, the task-queue activity where the history has one. */
const shortCall = (summary: string) => (patched(LOCAL_SHORT_CALLS_PATCH) ? local(summary) : described(summary));
const DEFAULT_SATISFACTION_CALL_SECONDS = 86_400;

const TARGET_TEXT: Record<string, string> = {
  first_contact: 'the customer was not contacted within the first-contact time (C-3)',
  supervisor_report: 'unsolved by the agent: reported to the supervisor (C-6)',
  resolution: 'not resolved within the resolution time (C-5)',
};

/** One workflow per complaint, id `complaint-<caseNo>`. */
export async function complaintWorkflow(input: ComplaintInput): Promise<ComplaintState> {
  const state = new ComplaintCase(input);
  let clock: SlaClock | undefined;
  const snapshot = () => state.snapshot(clock?.view(state.status) ?? null);

  setHandler(complaintStateQuery, snapshot);
  // The state version the main loop last took up, and the last one written to the read model.
  let published = -1;
  let recorded = -1;

  /** Registers an action: checked by its validator (refusals never enter history), applied, published. */
  function action<R extends ActorRequest>(update: UpdateDefinition<ComplaintState, [R], string>, validate: (r: R) => void, apply: (r: R) => void) {
    setHandler(
      update,
      async (request: R) => {
        apply(request);
        const version = state.stateVersion;
        // The main loop alone makes the (local) calls: two coroutines awaiting local activities at once
        // would emit their next commands in a different order on replay than they did live.
        if (patched(LOCAL_SHORT_CALLS_PATCH)) await condition(() => recorded >= version);
        else await publish();
        return snapshot();
      },
      {
        validator: (request: R) => {
          if (!request?.by) invalid('by (the acting staff member) is required');
          validate(request);
        },
      },
    );
  }

  action(cancelComplaintUpdate, (r) => { required(r.reason, 'reason'); state.ensureAllowed('cancel'); }, (r) => state.apply('cancel', r.by, r.reason));
  action(
    reassignComplaintUpdate,
    (r) => {
      if (!STAFF_CODE.test(r.agent ?? '')) invalid('agent must be a staff code like AG-001');
      if (isFinal(state.status)) transition(`cannot reassign a complaint that is ${state.status}`);
      if (r.agent === state.assignedAgent) invalid(`the complaint is already assigned to ${r.agent}`);
    },
    (r) => state.assignTo(r.agent, r.by, r.reason),
  );
  action(
    contactComplaintUpdate,
    (r) => {
      required(r.summary, 'summary');
      if (state.status === 'registered') transition('cannot contact before the complaint is assigned');
      if (isFinal(state.status)) transition(`cannot log a call on a complaint that is ${state.status}`);
    },
    (r) => state.contact(r.by, r.summary),
  );
  action(
    waitForCustomerUpdate,
    (r) => {
      required(r.reason, 'reason');
      if (isFinal(state.status) || ['resolved', 'satisfaction_confirmed', 'forwarded'].includes(state.status)) {
        transition(`cannot wait for the customer on a complaint that is ${state.status}`);
      }
      if (state.waitingForCustomer) transition('the complaint already waits for the customer');
    },
    (r) => state.waitForCustomer(r.by, r.reason),
  );
  action(
    resumeComplaintUpdate,
    () => {
      if (!state.waitingForCustomer) transition('the complaint is not waiting for the customer');
    },
    (r) => state.resume(r.by),
  );
  action(
    resolveComplaintUpdate,
    (r) => {
      if (!REMEDIES.includes(r.remedy)) invalid(`remedy must be one of: ${REMEDIES.join(', ')}`);
      required(r.summary, 'summary');
      if (REMEDIES_BY_RETURN.includes(r.remedy)) validateReturnRequest(r.remedy, r.returnRequest);
      state.ensureAllowed('resolve');
    },
    (r) => {
      state.resolve(r.by, r.remedy, r.summary);
      state.remedyReturn = null;
      state.remedyReturnRequest = REMEDIES_BY_RETURN.includes(r.remedy) ? r.returnRequest! : null;
    },
  );
  action(
    recordSatisfactionUpdate,
    (r) => {
      if (state.status !== 'resolved') transition(`satisfaction is asked after resolution; the complaint is ${state.status}`);
      waitsForRemedy('satisfaction is asked once the remedy is carried out');
      if (r.reached && !(Number.isInteger(r.score) && r.score! >= 1 && r.score! <= 5)) invalid('score must be a whole number from 1 to 5 when the customer was reached');
    },
    (r) => state.recordSatisfaction(r.by, r.reached, r.score, r.comment),
  );
  action(
    reopenComplaintUpdate,
    (r) => {
      required(r.reason, 'reason');
      state.ensureAllowed('report_unsatisfied');
      waitsForRemedy('a complaint is reopened once its remedy is carried out');
    },
    (r) => state.apply('report_unsatisfied', r.by, r.reason),
  );

  /** C-10: while the remedy's return request runs, the complaint waits for it. */
  function waitsForRemedy(what: string): void {
    const remedy = state.remedyReturn;
    if (remedy && (remedy.status === 'opening' || remedy.status === 'running')) {
      transition(`${what}: return ${remedy.returnNo ?? '(being opened)'} is still ${remedy.status === 'opening' ? 'being opened' : 'running'}`);
    }
  }
  action(addNoteUpdate, (r) => { required(r.text, 'text'); }, (r) => state.changed('note', r.by, r.text));
  action(
    requestForwardUpdate,
    (r) => {
      required(r.note, 'note');
      state.ensureAllowed('forward');
      if (state.department?.status === 'awaiting_confirmation') transition('forwarding already awaits the manager\'s confirmation');
    },
    (r) => state.requestForward(r.by, r.note),
  );
  action(
    confirmForwardUpdate,
    () => {
      if (state.department?.status !== 'awaiting_confirmation') transition('there is no forwarding request to confirm');
      state.ensureAllowed('forward');
    },
    (r) => state.confirmForward(r.by),
  );

  /** Mirrors the state to search attributes, the Temporal UI details and the read model. */
  async function publish(): Promise<void> {
    const version = state.stateVersion;
    const due = clock?.next(state.status);
    upsertSearchAttributes([
      { key: CaseStatus, value: state.status },
      { key: EscalationLevel, value: state.escalationLevel },
      { key: SlaDeadline, value: due ? new Date(due.at) : null },
      ...(state.assignedAgent ? [{ key: AssignedAgent, value: state.assignedAgent }] : []),
    ]);
    setCurrentDetails(details(due));
    await shortCall(`Update read model: ${input.caseNo} ${state.status} v${state.stateVersion}`).recordCaseState({
      caseNo: input.caseNo,
      kind: 'complaint',
      workflowId: workflowInfo().workflowId,
      status: state.status,
      customerId: input.customerId,
      category: input.category,
      severity: input.severity,
      assignedAgentCode: state.assignedAgent,
      escalationLevel: state.escalationLevel,
      summary: `${input.category}/${input.severity} via ${input.channel}`,
      stateVersion: version,
      // What the reports count (K-1, C-5, C-8, C-11), taken from the case as it stands.
      ...complaintReportFields(state),
      productRef: input.productRef ?? null,
    });
    recorded = Math.max(recorded, version);
  }

  function details(due: DueTarget | undefined): string {
    const last = state.timeline[state.timeline.length - 1];
    const view = clock?.view(state.status);
    return [
      `**Status:** ${state.status}${state.waitingForCustomer ? ' (waiting for the customer)' : ''}`,
      `**Agent:** ${state.assignedAgent ?? 'unassigned'} · **Escalation level:** ${state.escalationLevel} (${ESCALATION_LADDER[state.escalationLevel]})`,
      `**SLA:** ${view ? `${view.policy} on ${view.calendar}${view.paused ? ', clock paused' : ''}` : 'loading'}`,
      `**Next deadline:** ${due ? `${due.target.id} at ${new Date(due.at).toISOString()}` : '—'}`,
      ...(state.remedyReturn ? [`**Remedy:** ${state.remedy} as return ${state.remedyReturn.returnNo ?? '(opening)'}: ${state.remedyReturn.status}`] : []),
      `**Last event:** ${last.event} by ${last.by} at ${last.at}`,
    ].join('  \n');
  }

  /** A deadline passed unmet: record the breach, climb the ladder if it is a step, tell who must act. */
  async function fire(due: DueTarget): Promise<void> {
    const { target } = due;
    clock!.markFired(target.id);
    const lateMs = Date.now() - due.at;
    const level = target.level && target.level > state.escalationLevel ? target.level : undefined;
    const what = TARGET_TEXT[target.id] ?? `unresolved at escalation step ${target.level}`;
    if (level) state.escalate(level, target.notify, what);
    else state.changed('sla_breach', SYSTEM, `${target.id}: ${what}`);
    const record = () =>
      shortCall(`Record SLA breach ${target.id} of ${input.caseNo}`).recordSlaBreach({
        caseNo: input.caseNo,
        target: target.id,
        policyCode: clock!.policy.code,
        policyVersion: clock!.policy.version,
        deadline: due.at,
        lateMs,
        escalationLevel: level,
      });
    const notify = () =>
      shortCall(`Notify ${target.notify}: ${input.caseNo} ${level ? `escalated to level ${level}` : target.id}`).notify({
        dedupeKey: `${workflowInfo().workflowId}:${target.id}`,
        channel: 'staff-inbox',
        recipient: target.notify,
        subject: `Complaint ${input.caseNo}: ${level ? `escalated to ${target.notify}` : target.id.replace('_', ' ')}`,
        body: `Complaint ${input.caseNo} (${input.category}/${input.severity}, agent ${state.assignedAgent ?? 'unassigned'}): ${what}.`,
        caseNo: input.caseNo,
      });
    // Both at once: when many deadlines pass together, one round trip less per escalation.
    if (patched(PARALLEL_ESCALATION_PATCH)) await Promise.all([record(), notify()]);
    else {
      await record();
      await notify();
    }
  }

  /** C-4: the quality department's answer (or silence) moves the case on. */
  async function onDepartmentOutcome(outcome: DepartmentRequestOutcome): Promise<void> {
    if (outcome.outcome === 'completed') {
      const answer = outcome.result as QualityInvestigationResult;
      state.departmentAnswered('answered', `cause: ${answer.cause}`, answer);
      return;
    }
    const silent = outcome.outcome === 'timed_out';
    const why = silent ? `no answer from the quality department within ${outcome.timeoutSeconds} s` : `the quality department refused: ${outcome.reason}`;
    state.departmentAnswered(silent ? 'timed_out' : 'refused', why);
    if (silent) {
      const level = Math.max(state.escalationLevel, 2);
      if (level > state.escalationLevel) state.escalate(level, ESCALATION_LADDER[level], why);
      await described(`Record SLA breach department_answer of ${input.caseNo}`).recordSlaBreach({
        caseNo: input.caseNo,
        target: 'department_answer',
        policyCode: clock!.policy.code,
        policyVersion: clock!.policy.version,
        deadline: Date.now(),
        lateMs: 0,
        escalationLevel: level,
      });
    }
    await described(`Notify manager: ${input.caseNo} ${silent ? 'department silent' : 'department refused'}`).notify({
      dedupeKey: `${workflowInfo().workflowId}:department-${state.department!.round}`,
      channel: 'staff-inbox',
      recipient: 'manager',
      subject: `Complaint ${input.caseNo}: ${silent ? 'no answer from quality' : 'quality refused the investigation'}`,
      body: `Complaint ${input.caseNo} (${input.category}/${input.severity}): ${why}.`,
      caseNo: input.caseNo,
    });
  }

  /** C-8: when the satisfaction call of the current resolution falls due, if it is still to be queued. */
  function satisfactionCallDue(): number | undefined {
    if (state.status !== 'resolved' || state.satisfactionCallQueued || state.resolvedAt === null) return undefined;
    // C-8 after C-10: the call asks about a remedy the customer has received.
    if (state.remedyReturn && !isFinalReturnStatus(state.remedyReturn.status as ReturnState['status'])) return undefined;
    if (!patched(SATISFACTION_CALL_PATCH)) return undefined;
    return state.resolvedAt + (clock!.policy.satisfactionCallSeconds ?? DEFAULT_SATISFACTION_CALL_SECONDS) * 1000;
  }

  async function queueSatisfactionCall(): Promise<void> {
    state.satisfactionCallQueued = true;
    state.satisfaction = { score: null, comment: null, attempts: 0, ...state.satisfaction, callDueAt: new Date().toISOString() };
    const agent = state.assignedAgent ?? 'supervisor';
    await described(`Queue satisfaction call of ${input.caseNo} for ${agent} (C-8)`).notify({
      dedupeKey: `${workflowInfo().workflowId}:satisfaction-call-${state.resolutions}`,
      channel: 'staff-inbox',
      recipient: agent,
      subject: `Satisfaction call due: complaint ${input.caseNo}`,
      body: `Complaint ${input.caseNo} was resolved (${state.remedy}). Call customer ${input.customerNo} to confirm satisfaction and record the score (C-8).`,
      caseNo: input.caseNo,
    });
    state.changed('satisfaction_call_due', SYSTEM, `call queued for ${agent}`);
  }

  /** C-10: a refund or replacement runs as a return request, a child the complaint waits for. */
  async function openRemedyReturn(request: RemedyReturnRequest): Promise<void> {
    const type = state.remedy === 'replace' ? 'exchange' : (request.type ?? 'refund_only');
    state.remedyReturn = { returnNo: null, type, status: 'opening', result: null };
    const opened = await described(`Open the ${type.replace(/_/g, ' ')} request for ${input.caseNo} (C-10)`).openComplaintReturn({
      key: `${input.caseNo}:resolution-${state.resolutions}`,
      customerId: input.customerId,
      summary: returnSummary({ type, amountFen: request.amountFen, orderRef: request.orderRef }),
    });
    const child = await startChild(returnWorkflow, {
      workflowId: `return-${opened.returnNo}`,
      // Money and goods in motion must not stop because someone ends the complaint's workflow.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      // Found in the UI and by the read-model rebuild like any return.
      typedSearchAttributes: newCaseSearchAttributes('return', 'requested', input),
      staticSummary: `Return ${opened.returnNo} · ${type} · ${input.customerNo} · remedy of ${input.caseNo}`,
      args: [
        {
          returnNo: opened.returnNo,
          type,
          source: 'complaint',
          customerId: input.customerId,
          customerNo: input.customerNo,
          customerTier: input.customerTier,
          orderRef: request.orderRef,
          items: request.items,
          amountFen: request.amountFen,
          reason: input.category === 'quality' ? 'quality_problem' : 'other',
          description: `Remedy of complaint ${input.caseNo}: ${state.remedy}`,
          goodsState: 'received',
          ...(opened.address ? { address: opened.address } : {}),
          // R-6: a quality complaint's replacement is the seller's to ship.
          customerPaidReturnShipping: input.category === 'quality',
          requestedBy: state.assignedAgent ?? SYSTEM,
          complaintCaseNo: input.caseNo,
        },
      ],
    });
    state.remedyReturn = { returnNo: opened.returnNo, type, status: 'running', result: null };
    state.changed('remedy_return_started', SYSTEM, `${type.replace(/_/g, ' ')} request ${opened.returnNo} (C-10)`);
    child.result().then(
      (result) => (remedyOutcome = { status: result.status, result: result.result }),
      (error: Error) => (remedyOutcome = { status: 'closed', result: `the return request failed: ${error.message}` }),
    );
  }

  const policy = await shortCall(`Select SLA policy for ${input.category}/${input.severity}/${input.customerTier}`).selectSlaPolicyFor({ category: input.category, severity: input.severity, customerTier: input.customerTier });
  clock = new SlaClock(policy, workflowInfo().startTime.getTime(), shortCall(`SLA clock on the ${policy.calendar} calendar (${policy.timeZone})`));
  await publish();

  if (input.majorInformation) {
    // C-9: major information goes to the supervisor at once, not at the first deadline.
    await described(`Notify supervisor: major information in ${input.caseNo}`).notify({
      dedupeKey: `${workflowInfo().workflowId}:major-information`,
      channel: 'staff-inbox',
      recipient: 'supervisor',
      subject: `Major information in complaint ${input.caseNo}`,
      body: `Complaint ${input.caseNo} (${input.category}/${input.severity}, customer ${input.customerNo}) was registered as major information (C-9).`,
      caseNo: input.caseNo,
    });
    state.changed('major_information_reported', SYSTEM, 'supervisor notified (C-9)');
  }
  if (input.keyPart) {
    const alert = await described(`Count key-part defect: ${input.keyPart} (C-12)`).recordKeyPartDefect({ caseNo: input.caseNo, part: input.keyPart, productRef: input.productRef });
    state.changed('key_part_defect_recorded', SYSTEM, input.keyPart);
    if (alert) {
      await described(`Alert the quality department: ${alert.defects} ${alert.part} defects`).notify({
        dedupeKey: `key-part-alert:${alert.alertId}`,
        channel: 'staff-inbox',
        recipient: 'quality-department',
        subject: `Key-part alert: ${alert.defects} ${alert.part} defects in ${alert.windowDays} days`,
        body: `${alert.defects} complaints within ${alert.windowDays} days name the ${alert.part}; the latest is ${input.caseNo}. Check the batch (C-12).`,
        caseNo: input.caseNo,
      });
      state.changed('key_part_alert_raised', SYSTEM, `${alert.part}: ${alert.defects} defects in ${alert.windowDays} days`);
      // Reported to quality inspection by a workflow of its own: a slow or unreachable department must
      // not hold up this complaint, and the report outlives it.
      await startChild(departmentRequestWorkflow, {
        workflowId: `key-part-alert-${alert.alertId}`,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [{ department: 'quality', kind: 'report-key-part-defects', caseNo: input.caseNo, payload: { ...alert }, timeoutSeconds: 24 * 3600 }],
      });
    }
  }

  // A-5: assignment balancing open load, by skill, VIPs to VIP agents.
  const agent = await shortCall(`Choose an agent for ${input.category} (${input.customerTier}) by skill and load (A-5)`).chooseAgentForComplaint({ category: input.category, customerTier: input.customerTier });
  // A supervisor may have assigned the case while the activity ran.
  if (agent && state.status === 'registered') state.assignTo(agent, SYSTEM);

  let investigation: Promise<DepartmentRequestOutcome> | undefined;
  let outcome: DepartmentRequestOutcome | undefined;
  let remedyOutcome: { status: ReturnState['status']; result: string | null } | undefined;
  while (!isFinal(state.status)) {
    if (state.status === 'resolved' && state.remedyReturnRequest && !state.remedyReturn) {
      const request = state.remedyReturnRequest;
      state.remedyReturnRequest = null;
      if (patched(REMEDY_RETURN_PATCH)) await openRemedyReturn(request);
      continue;
    }
    if (remedyOutcome) {
      const finished = remedyOutcome;
      remedyOutcome = undefined;
      state.remedyReturn = { ...state.remedyReturn!, status: finished.status, result: finished.result };
      // The satisfaction call (C-8) is counted from when the remedy reached the customer.
      state.resolvedAt = Date.now();
      state.changed('remedy_return_finished', SYSTEM, `return ${state.remedyReturn.returnNo} ${finished.status}${finished.result ? `: ${finished.result}` : ''}`);
      continue;
    }
    if (state.status === 'forwarded' && state.department?.status === 'waiting' && !investigation) {
      // The department has the case's resolution time to answer; silence becomes `timed_out`.
      const child = await startChild(departmentRequestWorkflow, {
        workflowId: `${workflowInfo().workflowId}-quality-${state.department.round}`,
        args: [
          {
            department: 'quality',
            kind: 'open-investigation',
            caseNo: input.caseNo,
            payload: { caseNo: input.caseNo, category: input.category, description: input.description, productRef: input.productRef },
            timeoutSeconds: clock.policy.resolutionSeconds,
          },
        ],
      });
      upsertSearchAttributes([{ key: Department, value: 'quality' }]);
      investigation = child.result();
      investigation.then(
        (result) => (outcome = result),
        (error: Error) => (outcome = { outcome: 'failed', error: { code: 'REQUEST_FAILED', message: error.message }, reason: error.message }),
      );
    }
    if (outcome) {
      const arrived = outcome;
      outcome = undefined;
      investigation = undefined;
      await onDepartmentOutcome(arrived);
      continue;
    }
    if (published !== state.stateVersion) {
      const change = await clock.sync(state.waitingForCustomer ?? (clockPausedByStatus(state.status) ? 'waiting for the department' : null));
      if (change) state.changed(change === 'paused' ? 'sla_clock_paused' : 'sla_clock_resumed', SYSTEM);
      published = state.stateVersion;
      await publish();
      continue;
    }
    const due = clock.next(state.status);
    if (due && due.at <= Date.now()) {
      await fire(due);
      continue;
    }
    const callAt = satisfactionCallDue();
    if (callAt !== undefined && callAt <= Date.now()) {
      await queueSatisfactionCall();
      continue;
    }
    // A durable timer to the next deadline or call, or a change of state, whichever comes first.
    const changed = () => published !== state.stateVersion || outcome !== undefined || remedyOutcome !== undefined;
    const wakeAt = Math.min(due?.at ?? Infinity, callAt ?? Infinity);
    if (wakeAt < Infinity) await condition(changed, wakeAt - Date.now());
    else await condition(changed);
  }

  await publish();
  await condition(allHandlersFinished);
  return snapshot();
}

function invalid(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidRequest');
}

function transition(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidTransition');
}

function required(value: string | undefined, field: string): void {
  if (!value?.trim()) invalid(`${field} is required`);
}

/** C-10: a refund or replacement names the order, the goods and the amount its return request needs. */
function validateReturnRequest(remedy: string, request: RemedyReturnRequest | undefined): void {
  if (!request) invalid(`returnRequest is required for a ${remedy}: the order, the items and the amount`);
  required(request.orderRef, 'returnRequest.orderRef');
  if (!Array.isArray(request.items) || request.items.length === 0) invalid('returnRequest.items must list at least one item');
  for (const item of request.items) {
    if (!item?.sku?.trim() || !Number.isInteger(item.quantity) || item.quantity < 1) invalid('returnRequest.items need a sku and a whole quantity of at least 1');
  }
  if (!Number.isInteger(request.amountFen) || request.amountFen <= 0) invalid('returnRequest.amountFen must be a positive whole number of fen');
  if (request.type !== undefined && request.type !== 'refund_only' && request.type !== 'return_and_refund') invalid('returnRequest.type must be refund_only or return_and_refund');
  if (remedy === 'replace' && request.type !== undefined) invalid('returnRequest.type is for refunds; a replacement is always an exchange');
}

// Exported for tests and the API: the score at or below which a complaint reopens (C-8).
export { UNSATISFIED_AT_OR_BELOW };
