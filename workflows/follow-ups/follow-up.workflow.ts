import {
  allHandlersFinished,
  condition,
  continueAsNew,
  ParentClosePolicy,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { LeadHandover } from '@libs/departments/ports/sales.port';
import { DEPARTMENT_OF_COMPLAINT, TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { AssignedAgent, CaseStatus, EscalationLevel, SlaDeadline } from '@libs/temporal/search-attributes';
import type { ActivityOptions } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { CallState, FollowUpPlan, refuse, SYSTEM } from './follow-up-plan';
import {
  cancelFollowUpPlanUpdate,
  FollowUpInput,
  FollowUpState,
  followUpStateQuery,
  reassignFollowUpPlanUpdate,
  recordCallAttemptUpdate,
} from './follow-up.contract';

// Database-backed activities: short, retried on infrastructure errors until they succeed.
const DB_CALL: ActivityOptions = { startToCloseTimeout: '10s', retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s', nonRetryableErrorTypes: ['UnknownFollowUpPolicy', 'UnknownCustomer', 'ComplaintRefused'] } };

/** The same activities with a one-line summary that the Temporal UI shows for the call. */
const described = (summary: string) => proxyActivities<PlatformActivities>({ ...DB_CALL, summary });

/**
 * One workflow per follow-up plan, id `followup-<planId>`: its calls fall due at times from the policy
 * with quiet hours applied (F-1, F-2, F-5, A-6), wait on the agent's worklist for an attempt (F-9),
 * retry later in the window on no answer, and are missed and escalated when the window ends. A plan
 * that lives a year continues as new between calls, so that each run's history stays small.
 */
export async function followUpWorkflow(input: FollowUpInput): Promise<FollowUpState> {
  const workflowId = workflowInfo().workflowId;
  // Set once the calls are planned; until then the plan answers queries as being planned and refuses changes.
  let ready: FollowUpPlan | undefined;
  const leadOutcomes: Array<{ call: CallState; outcome: DepartmentRequestOutcome }> = [];
  const planned = (): FollowUpPlan => ready ?? refuse('transition', `follow-up plan ${input.planId} is still being planned`);

  setHandler(followUpStateQuery, () => ready?.snapshot() ?? beingPlanned(input));

  setHandler(
    recordCallAttemptUpdate,
    async (request) => {
      // The validator passed; a second attempt accepted at the same time finds the call changed.
      const plan = planned();
      plan.ensureAttemptAllowed(request);
      const call = plan.call(request.callId)!;
      const attempt = plan.addAttempt(call, request, Date.now());
      // F-12: every attempt is stored before the agent gets an answer.
      await described(`Store attempt ${attempt.no} on ${call.callId}: ${attempt.outcome} (F-12)`).recordFollowUpAttempt({
        callId: call.callId,
        planId: input.planId,
        customerId: input.customerId,
        tier: plan.prepared.tier,
        attemptNo: attempt.no,
        outcome: attempt.outcome,
        satisfactionScore: attempt.satisfactionScore,
        answers: attempt.answers ?? {},
        notes: attempt.notes,
        purchaseIntent: attempt.purchaseIntent,
        attemptedAt: attempt.at,
        agentCode: attempt.by,
      });
      if (call.busy) {
        const slot = await described(`Retry slot for ${call.callId} in the customer's call hours (F-5)`).nextFollowUpSlot({
          now: Date.now(),
          windowEnd: call.windowEnd,
          attemptsMade: call.attempts.length,
          retry: plan.prepared.terms.retry,
          timeZone: plan.prepared.timeZone,
          callHours: plan.prepared.callHours,
        });
        plan.retryOrMiss(call, slot);
      }
      return plan.snapshot();
    },
    {
      validator: (request) => {
        if (!request?.by?.trim()) refuse('invalid', 'by (the staff member who called) is required', 'by');
        planned().ensureAttemptAllowed(request);
      },
    },
  );

  setHandler(
    cancelFollowUpPlanUpdate,
    (request) => {
      planned().cancel(request.by, request.reason);
      return planned().snapshot();
    },
    {
      validator: (request) => {
        if (!request?.by?.trim()) refuse('invalid', 'by is required', 'by');
        if (!request.reason?.trim()) refuse('invalid', 'reason is required', 'reason');
        if (planned().status !== 'active') refuse('transition', `cannot cancel a follow-up plan that is ${planned().status}`);
      },
    },
  );

  setHandler(
    reassignFollowUpPlanUpdate,
    (request) => {
      planned().reassign(request.by, request.agent);
      return planned().snapshot();
    },
    {
      validator: (request) => {
        if (!request?.by?.trim()) refuse('invalid', 'by is required', 'by');
        if (!STAFF_CODE.test(request.agent ?? '')) refuse('invalid', 'agent must be a staff code like AG-001', 'agent');
        if (planned().status !== 'active') refuse('transition', `cannot reassign a follow-up plan that is ${planned().status}`);
        if (request.agent === planned().agent) refuse('invalid', `the plan is already assigned to ${request.agent}`, 'agent');
      },
    },
  );

  const prepared =
    input.carried?.prepared ??
    (await described(`Plan the calls of ${input.planId}: ${input.trigger} under policy ${input.policyCode} (F-1, F-5)`).prepareFollowUpPlan({
      planId: input.planId,
      customerId: input.customerId,
      trigger: input.trigger,
      occurredAt: input.occurredAt,
      policyCode: input.policyCode,
      soldVia: input.soldVia,
      productId: input.productId,
      agent: input.agent,
      reference: input.reference,
      details: input.details,
      createdBy: input.createdBy,
    }));
  const plan = new FollowUpPlan(input, prepared, input.carried);
  ready = plan;

  /** Mirrors the state to search attributes, the Temporal UI details, the read model and the worklist rows. */
  async function publish(): Promise<void> {
    const open = plan.calls.filter((c) => c.status === 'due' || c.status === 'scheduled');
    const next = open.map((c) => (c.status === 'due' ? c.windowEnd : c.nextAttemptAt!)).sort((a, b) => a - b)[0];
    const escalated = plan.calls.some((c) => c.escalated);
    upsertSearchAttributes([
      { key: CaseStatus, value: plan.status },
      { key: AssignedAgent, value: plan.agent },
      { key: EscalationLevel, value: escalated ? 1 : 0 },
      { key: SlaDeadline, value: next === undefined ? null : new Date(next) },
    ]);
    setCurrentDetails(details());
    const done = plan.calls.filter((c) => c.status === 'done').length;
    await described(`Update read model: ${input.planId} ${plan.status} v${plan.stateVersion}`).recordCaseState({
      caseNo: input.planId,
      kind: 'followup',
      workflowId,
      status: plan.status,
      customerId: input.customerId,
      category: input.trigger,
      severity: null,
      assignedAgentCode: plan.agent,
      escalationLevel: escalated ? 1 : 0,
      summary: `tier ${prepared.tier} ${input.trigger}: ${done} of ${plan.calls.length} call(s) done`,
      stateVersion: plan.stateVersion,
    });
    const changed = plan.calls.filter((c) => c.version > (written.get(c.callId) ?? -1));
    if (changed.length > 0) {
      await described(`Update the worklist: ${changed.map((c) => `${c.stepKey} ${c.status}`).join(', ')}`).recordFollowUpCalls({
        calls: changed.map((c) => {
          const last = c.attempts[c.attempts.length - 1];
          return {
            callId: c.callId,
            status: c.status,
            agent: c.agent,
            nextAttemptAt: c.nextAttemptAt,
            attempts: c.attempts.length,
            lastOutcome: last?.outcome ?? null,
            satisfactionScore: c.attempts.find((a) => a.satisfactionScore !== null)?.satisfactionScore ?? null,
            missReason: c.missReason,
            complaintCaseNo: c.complaint?.caseNo ?? null,
            leadId: c.lead?.leadId ?? null,
            closed: c.status === 'done' || c.status === 'missed' || c.status === 'cancelled',
            version: c.version,
          };
        }),
      });
      for (const c of changed) written.set(c.callId, c.version);
    }
  }
  const written = new Map(plan.calls.map((c) => [c.callId, input.carried ? c.version : -1]));

  function details(): string {
    const last = plan.timeline[plan.timeline.length - 1];
    const line = (c: CallState) => {
      const when = c.status === 'scheduled' ? `due ${new Date(c.nextAttemptAt!).toISOString()}` : c.status === 'due' ? `window ends ${new Date(c.windowEnd).toISOString()}` : c.missReason ?? '';
      return `- ${c.stepKey}: **${c.status}** ${when}${c.attempts.length ? ` · ${c.attempts.length} attempt(s)` : ''}${c.complaint?.caseNo ? ` · complaint ${c.complaint.caseNo}` : ''}${c.lead ? ` · lead ${c.lead.status}` : ''}`;
    };
    return [
      `**Plan:** ${input.planId} · ${input.trigger} · tier ${prepared.tier} · **${plan.status}**`,
      `**Agent:** ${plan.agent} · **Policy:** ${prepared.policyCode} v${prepared.policyVersion} · **Customer time zone:** ${prepared.timeZone} · **Run:** ${plan.run}`,
      ...plan.calls.map(line),
      last ? `**Last event:** ${last.event} by ${last.by} at ${last.at}` : '',
    ].join('  \n');
  }

  /** A missed call is recorded (publish) and escalated to the supervisor once. */
  async function escalateMiss(call: CallState): Promise<void> {
    call.pending.miss = false;
    await described(`Escalate missed call ${call.callId} to the supervisor`).notify({
      dedupeKey: `${workflowId}:${call.callId}:missed`,
      channel: 'staff-inbox',
      recipient: 'supervisor',
      subject: `Follow-up call missed: ${call.callId}`,
      body: `The ${call.stepKey} call of plan ${input.planId} (customer ${input.customerNo}, agent ${call.agent}) was missed: ${call.missReason}.`,
      caseNo: input.planId,
    });
    call.escalated = true;
    call.version += 1;
    plan.changed('miss_escalated', SYSTEM, `${call.callId} to the supervisor`);
  }

  /** F-10: the dissatisfied customer's complaint, linked to the call; the department is told in writing. */
  async function openComplaint(call: CallState): Promise<void> {
    const request = call.pending.complaint!;
    call.pending.complaint = undefined;
    const category = request.category ?? 'service';
    try {
      const { caseNo } = await described(`Open a complaint from ${call.callId}: score ${request.score} (F-10)`).openFollowUpComplaint({
        planId: input.planId,
        callId: call.callId,
        customerNo: input.customerNo,
        by: request.by,
        score: request.score,
        dissatisfiedWith: request.dissatisfiedWith,
        notes: request.notes,
        category,
      });
      call.complaint = { caseNo, status: 'registered' };
      await described(`Tell the ${DEPARTMENT_OF_COMPLAINT[category]} department about ${caseNo} in writing (F-10)`).notify({
        dedupeKey: `${workflowId}:${call.callId}:complaint-notice`,
        channel: 'email',
        recipient: DEPARTMENT_OF_COMPLAINT[category],
        subject: `Complaint ${caseNo} from a follow-up call`,
        body: `Customer ${input.customerNo} was not satisfied (score ${request.score}) on follow-up call ${call.callId}: ${request.dissatisfiedWith}. Complaint ${caseNo} is registered; customer service calls the customer again after your department acts (F-10, C-8).`,
        caseNo,
      });
    } catch (error) {
      call.complaint = { caseNo: null, status: 'failed', reason: (error as Error).message };
    }
    call.version += 1;
    plan.changed('complaint_linked', SYSTEM, `${call.callId}: ${call.complaint.caseNo ?? `failed: ${call.complaint.reason}`}`);
  }

  /** F-11: purchase intent goes to the sales department with the call notes, as a department request. */
  async function handOverLead(call: CallState): Promise<void> {
    call.pending.lead = false;
    const attempt = call.attempts[call.attempts.length - 1];
    const lead: LeadHandover = {
      leadId: call.lead!.leadId,
      customerNo: input.customerNo,
      interest: call.lead!.interest,
      callNotes: attempt.notes ?? '',
      foundBy: attempt.by,
    };
    const child = await startChild(departmentRequestWorkflow, {
      workflowId: `${workflowId}-lead-${call.stepKey}`,
      // The lead outlives the plan: the sales department must get it even if the plan ends first.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ department: 'sales', kind: 'hand-over-lead', caseNo: input.planId, payload: { ...lead }, timeoutSeconds: prepared.terms.leadAnswerSeconds }],
    });
    plan.changed('lead_sent', SYSTEM, `${lead.leadId} to the sales department (F-11)`);
    child.result().then(
      (outcome) => leadOutcomes.push({ call, outcome }),
      (error: Error) => leadOutcomes.push({ call, outcome: { outcome: 'failed', error: { code: 'REQUEST_FAILED', message: error.message }, reason: error.message } }),
    );
  }

  function applyLeadOutcome(call: CallState, outcome: DepartmentRequestOutcome): void {
    const lead = call.lead!;
    if (outcome.outcome === 'completed') {
      call.lead = { ...lead, status: 'accepted', salesOwner: (outcome.result as { salesOwner?: string })?.salesOwner ?? null };
    } else if (outcome.outcome === 'timed_out') {
      call.lead = { ...lead, status: 'timed_out', reason: `no answer from sales within ${outcome.timeoutSeconds} s` };
    } else {
      call.lead = { ...lead, status: 'refused', reason: outcome.reason };
    }
    call.version += 1;
    plan.changed('lead_answered', 'sales-department', `${lead.leadId}: ${call.lead.status}${call.lead.salesOwner ? ` by ${call.lead.salesOwner}` : ''}`);
  }

  /** F-8: after the invitation call, the invitation by letter (within two days). */
  async function sendLetter(call: CallState): Promise<void> {
    call.pending.letter = false;
    await described(`Send the invitation letter of ${call.callId} (F-8)`).notify({
      dedupeKey: `${workflowId}:${call.callId}:letter`,
      channel: 'letter',
      recipient: input.customerNo,
      subject: `邀请函：${input.details?.eventName ?? '客户活动'}`,
      body: `诚邀您参加${input.details?.eventName ?? '我们的客户活动'}，时间：${input.details?.eventAt ?? new Date(input.occurredAt).toISOString()}。`,
      caseNo: input.planId,
    });
    call.letterQueued = true;
    call.version += 1;
    plan.changed('letter_queued', SYSTEM, `${call.callId}: invitation letter (F-8)`);
  }

  let published = -1;
  for (;;) {
    const now = Date.now();
    const work = plan.calls.find((c) => c.pending.miss || c.pending.complaint || c.pending.lead || c.pending.letter);
    if (work) {
      if (work.pending.miss) await escalateMiss(work);
      else if (work.pending.complaint) await openComplaint(work);
      else if (work.pending.lead) await handOverLead(work);
      else await sendLetter(work);
      continue;
    }
    const answered = leadOutcomes.shift();
    if (answered) {
      applyLeadOutcome(answered.call, answered.outcome);
      continue;
    }
    if (published !== plan.stateVersion) {
      published = plan.stateVersion;
      await publish();
      continue;
    }
    // A call whose time has come goes on the worklist; one whose window has passed is missed.
    const dueNow = plan.calls.find((c) => c.status === 'scheduled' && c.nextAttemptAt! <= now);
    if (dueNow && plan.status === 'active') {
      plan.becomeDue(dueNow);
      continue;
    }
    const lapsed = plan.calls.find((c) => c.status === 'due' && !c.busy && c.windowEnd <= now);
    if (lapsed) {
      plan.miss(lapsed, lapsed.attempts.length ? `unreached after ${lapsed.attempts.length} attempt(s) in the window` : 'the window passed without a call');
      continue;
    }
    if (plan.allFinal && !plan.hasPendingWork) {
      if (plan.status === 'active') {
        plan.status = 'completed';
        plan.changed('completed', SYSTEM, `${plan.calls.filter((c) => c.status === 'done').length} of ${plan.calls.length} call(s) done`);
        continue;
      }
      break;
    }
    // Between calls, a plan that finished a call in this run (or whose history grew long) continues as
    // new with its state: a year-long plan never accumulates a year of history in one run.
    const between = !plan.calls.some((c) => c.status === 'due') && !plan.hasPendingWork;
    if (between && (plan.finishedThisRun > 0 || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof followUpWorkflow>({ ...input, carried: plan.carry() });
    }
    // A durable timer to the next due time or window end, or a change of state, whichever comes first.
    const wakeAt = Math.min(
      ...plan.calls.filter((c) => c.status === 'scheduled').map((c) => c.nextAttemptAt!),
      ...plan.calls.filter((c) => c.status === 'due' && !c.busy).map((c) => c.windowEnd),
    );
    const version = plan.stateVersion;
    const waiting = leadOutcomes.length;
    const changed = () => plan.stateVersion !== version || leadOutcomes.length !== waiting;
    if (Number.isFinite(wakeAt)) await condition(changed, Math.max(wakeAt - Date.now(), 1));
    else await condition(changed);
  }

  await recordPlanStatus();
  await condition(allHandlersFinished);
  return plan.snapshot();

  async function recordPlanStatus(): Promise<void> {
    await described(`Plan ${input.planId}: ${plan.status}`).recordFollowUpPlanStatus({ planId: input.planId, status: plan.status, agent: plan.agent });
  }
}

/** What a query sees while the first activity plans the calls. */
function beingPlanned(input: FollowUpInput): FollowUpState {
  return {
    planId: input.planId,
    trigger: input.trigger,
    tier: TRIGGER_TIER[input.trigger],
    status: 'active',
    customerNo: input.customerNo,
    agent: input.agent ?? null,
    policy: null,
    timeZone: null,
    stateVersion: 0,
    run: 1,
    calls: [],
    timeline: [],
  };
}
