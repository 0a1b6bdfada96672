// Mirrors the plan's state to search attributes, the Temporal UI details, the read model and the worklist rows.
import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import { followUpCaseRecord } from '@libs/read-model/records/follow-up-record';
import { AssignedAgent, CaseStatus, EscalationLevel, SlaDeadline } from '@libs/temporal/search-attributes';
import type { PlatformActivities } from '../../activities';
import { described } from './follow-up-activities';
import type { CallState, FollowUpPlan } from './follow-up-plan';

type WorklistRow = Parameters<PlatformActivities['recordFollowUpCalls']>[0]['calls'][number];

/** Publishes each new state version once, and each call's row when its version moved. */
export class PlanPublisher {
  private published = -1;
  /** The call versions the worklist holds; a continued plan's rows were written by the run before. */
  private readonly written: Map<string, number>;

  constructor(private readonly plan: FollowUpPlan) {
    this.written = new Map(plan.calls.map((c) => [c.callId, plan.input.carried ? c.version : -1]));
  }

  /** Whether the state changed since it was last published. */
  get behind(): boolean {
    return this.published !== this.plan.stateVersion;
  }

  /** Publishes the state as it is now; returns the version it published. */
  async publish(): Promise<number> {
    const { plan } = this;
    const version = (this.published = plan.stateVersion);
    upsertSearchAttributes([
      { key: CaseStatus, value: plan.status },
      { key: AssignedAgent, value: plan.agent },
      { key: EscalationLevel, value: escalationLevel(plan) },
      { key: SlaDeadline, value: nextDeadline(plan) ?? null },
    ]);
    setCurrentDetails(details(plan));
    await described(`Update read model: ${plan.input.planId} ${plan.status} v${plan.stateVersion}`).recordCaseState(followUpCaseRecord(plan.input, plan.snapshot()));
    const changed = plan.calls.filter((c) => c.version > (this.written.get(c.callId) ?? -1));
    if (changed.length === 0) return version;
    await described(`Update the worklist: ${changed.map((c) => `${c.stepKey} ${c.status}`).join(', ')}`).recordFollowUpCalls({ calls: changed.map(worklistRow) });
    for (const c of changed) this.written.set(c.callId, c.version);
    return version;
  }
}

/** Level 1 once a missed call went to the supervisor. */
function escalationLevel(plan: FollowUpPlan): number {
  return plan.calls.some((c) => c.escalated) ? 1 : 0;
}

/** The next time something is due: an open call's window end, or a scheduled call's (next) attempt. */
function nextDeadline(plan: FollowUpPlan): Date | undefined {
  const open = plan.calls.filter((c) => c.status === 'due' || c.status === 'scheduled');
  const next = open.map((c) => (c.status === 'due' ? c.windowEnd : c.nextAttemptAt!)).sort((a, b) => a - b)[0];
  return next === undefined ? undefined : new Date(next);
}

/** A call's row on the agents' worklist (`follow_up_calls`). */
function worklistRow(c: CallState): WorklistRow {
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
}

/** The Temporal UI's details of the plan (Markdown). */
function details(plan: FollowUpPlan): string {
  const { input, prepared } = plan;
  const last = plan.timeline[plan.timeline.length - 1];
  return [
    `**Plan:** ${input.planId} · ${input.trigger} · tier ${prepared.tier} · **${plan.status}**`,
    `**Agent:** ${plan.agent} · **Policy:** ${prepared.policyCode} v${prepared.policyVersion} · **Customer time zone:** ${prepared.timeZone} · **Run:** ${plan.run}`,
    ...plan.calls.map(detailLine),
    last ? `**Last event:** ${last.event} by ${last.by} at ${last.at}` : '',
  ].join('  \n');
}

function detailLine(c: CallState): string {
  const when = c.status === 'scheduled' ? `due ${new Date(c.nextAttemptAt!).toISOString()}` : c.status === 'due' ? `window ends ${new Date(c.windowEnd).toISOString()}` : c.missReason ?? '';
  return `- ${c.stepKey}: **${c.status}** ${when}${c.attempts.length ? ` · ${c.attempts.length} attempt(s)` : ''}${c.complaint?.caseNo ? ` · complaint ${c.complaint.caseNo}` : ''}${c.lead ? ` · lead ${c.lead.status}` : ''}`;
}

/** The plan's own row (`follow_up_plans`) at the end. */
export async function recordPlanStatus(plan: FollowUpPlan): Promise<void> {
  await described(`Plan ${plan.input.planId}: ${plan.status}`).recordFollowUpPlanStatus({ planId: plan.input.planId, status: plan.status, agent: plan.agent });
}
