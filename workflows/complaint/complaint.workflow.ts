import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  setCurrentDetails,
  workflowInfo,
} from '@temporalio/workflow';
import { ComplaintEvent, ComplaintStatus, isFinal, nextStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { AssignedAgent, CaseStatus } from '@libs/temporal/search-attributes';
import type { PlatformActivities } from '../../activities';
import {
  cancelComplaintUpdate,
  ComplaintInput,
  ComplaintState,
  complaintStateQuery,
  reassignComplaintUpdate,
} from './complaint.contract';

// Database-backed activities: short, retried on infrastructure errors.
const db = proxyActivities<PlatformActivities>({
  startToCloseTimeout: '10s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s', nonRetryableErrorTypes: ['UnknownCustomer'] },
});

const SYSTEM = 'system';
const STAFF_CODE = /^[A-Z]{2,4}-\d{3,6}$/;

/** One workflow per complaint, id `complaint-<caseNo>`. */
export async function complaintWorkflow(input: ComplaintInput): Promise<ComplaintState> {
  const state = new ComplaintCase(input);

  setHandler(complaintStateQuery, () => state.snapshot());
  setHandler(
    cancelComplaintUpdate,
    async ({ reason, by }) => {
      state.apply('cancel', by, reason);
      await publish(state);
      return state.snapshot();
    },
    {
      validator: ({ reason }) => {
        if (!reason?.trim()) throw ApplicationFailure.nonRetryable('reason is required to cancel a complaint', 'InvalidRequest');
        state.ensureAllowed('cancel');
      },
    },
  );

  setHandler(
    reassignComplaintUpdate,
    async ({ agent, by, reason }) => {
      state.assignTo(agent, by, reason);
      await publish(state);
      return state.snapshot();
    },
    {
      validator: ({ agent }) => {
        if (!STAFF_CODE.test(agent ?? '')) throw ApplicationFailure.nonRetryable('agent must be a staff code like AG-001', 'InvalidRequest');
        if (isFinal(state.status)) throw ApplicationFailure.nonRetryable(`cannot reassign a complaint that is ${state.status}`, 'InvalidTransition');
        if (agent === state.assignedAgent) throw ApplicationFailure.nonRetryable(`the complaint is already assigned to ${agent}`, 'InvalidRequest');
      },
    },
  );

  await publish(state);

  // A-5: assignment balancing open load, by skill, VIPs to VIP agents.
  const agent = await db.chooseAgentForComplaint({ category: input.category, customerTier: input.customerTier });
  // A supervisor may have assigned the case while the activity ran.
  if (agent && state.status === 'registered') {
    state.assignTo(agent, SYSTEM);
    await publish(state);
  }

  await condition(() => isFinal(state.status));
  await condition(allHandlersFinished);
  return state.snapshot();
}

/** Mirrors the state to the read model, the search attributes and the Temporal UI details. */
async function publish(state: ComplaintCase): Promise<void> {
  upsertSearchAttributes([
    { key: CaseStatus, value: state.status },
    ...(state.assignedAgent ? [{ key: AssignedAgent, value: state.assignedAgent }] : []),
  ]);
  setCurrentDetails(state.detailsMarkdown());
  await db.recordCaseState({
    caseNo: state.input.caseNo,
    kind: 'complaint',
    workflowId: workflowInfo().workflowId,
    status: state.status,
    customerId: state.input.customerId,
    category: state.input.category,
    severity: state.input.severity,
    assignedAgentCode: state.assignedAgent,
    escalationLevel: state.escalationLevel,
    summary: `${state.input.category}/${state.input.severity} via ${state.input.channel}`,
    stateVersion: state.stateVersion,
  });
}

class ComplaintCase {
  status: ComplaintStatus = 'registered';
  assignedAgent: string | null = null;
  escalationLevel = 0;
  stateVersion = 1;
  readonly timeline: ComplaintState['timeline'] = [];

  constructor(readonly input: ComplaintInput) {
    this.record('registered', input.registeredBy, `channel ${input.channel}`);
  }

  ensureAllowed(event: ComplaintEvent): void {
    if (!nextStatus(this.status, event)) {
      throw ApplicationFailure.nonRetryable(`cannot ${event} a complaint that is ${this.status}`, 'InvalidTransition');
    }
  }

  apply(event: ComplaintEvent, by: string, note?: string): void {
    this.ensureAllowed(event);
    this.status = nextStatus(this.status, event)!;
    this.stateVersion += 1;
    this.record(event, by, note);
  }

  /** First assignment moves the case on; later ones only change the owner. */
  assignTo(agent: string, by: string, reason?: string): void {
    const previous = this.assignedAgent;
    this.assignedAgent = agent;
    const note = previous ? `from ${previous} to ${agent}${reason ? `: ${reason}` : ''}` : `assigned to ${agent}${reason ? `: ${reason}` : ''}`;
    if (this.status === 'registered') {
      this.apply('assign', by, note);
    } else {
      this.stateVersion += 1;
      this.record('reassign', by, note);
    }
  }

  private record(event: string, by: string, note?: string): void {
    // Workflow time is deterministic (the SDK replaces Date inside workflows).
    this.timeline.push({ at: new Date().toISOString(), event, by, ...(note ? { note } : {}) });
  }

  snapshot(): ComplaintState {
    return {
      caseNo: this.input.caseNo,
      status: this.status,
      category: this.input.category,
      severity: this.input.severity,
      customerNo: this.input.customerNo,
      assignedAgent: this.assignedAgent,
      escalationLevel: this.escalationLevel,
      stateVersion: this.stateVersion,
      timeline: [...this.timeline],
    };
  }

  detailsMarkdown(): string {
    const last = this.timeline[this.timeline.length - 1];
    return [
      `**Status:** ${this.status}`,
      `**Agent:** ${this.assignedAgent ?? 'unassigned'}`,
      `**Escalation level:** ${this.escalationLevel}`,
      `**Last event:** ${last.event} by ${last.by} at ${last.at}`,
    ].join('  \n');
  }
}
