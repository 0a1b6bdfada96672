import { patched } from '@temporalio/workflow';
import { ComplaintRun, SYSTEM } from './complaint-run';
import { takeUpChange } from './publish';
import { shortCall } from './short-calls';
import type { DueTarget } from './sla-clock';

/**
 * Escalations recorded before this patch wrote the breach, then notified, one after the other; since
 * then both calls go at once, so that when many deadlines pass together each costs one round trip less.
 */
export const PARALLEL_ESCALATION_PATCH = 'parallel-escalation';

/**
 * Escalations reach people, not role inboxes: the notice goes to the named person up the owner's
 * reporting line (and their delegate while absent), resolved by an activity; the role inbox only when
 * nobody is named. Histories before it notified the role of the step (`target.notify`) directly.
 */
export const ESCALATION_TO_PEOPLE_PATCH = 'escalation-to-named-people';

/**
 * The people resolved, the breach recorded and each person told in one call (`recordEscalation`), one
 * round trip through the worker instead of three. Histories before it made the three calls above.
 */
export const ESCALATION_IN_ONE_CALL_PATCH = 'complaint-2026-11-30-escalation-in-one-call';

const TARGET_TEXT: Record<string, string> = {
  first_contact: 'the customer was not contacted within the first-contact time (C-3)',
  supervisor_report: 'unsolved by the agent: reported to the supervisor (C-6)',
  resolution: 'not resolved within the resolution time (C-5)',
};

/**
 * A deadline passed unmet: record the breach, climb the ladder if it is a step (C-5, C-6), tell who must
 * act. A case under LEAN_CASE_SHAPE publishes its new state in the same call and returns the version
 * written; older ones leave publishing to the main loop.
 */
export async function fireDeadline(run: ComplaintRun, due: DueTarget): Promise<number | undefined> {
  const { input, state, clock } = run;
  const { target } = due;
  clock.markFired(target.id);
  const lateMs = Date.now() - due.at;
  const level = target.level && target.level > state.escalationLevel ? target.level : undefined;
  const what = TARGET_TEXT[target.id] ?? `unresolved at escalation step ${target.level}`;
  if (level) state.escalate(level, target.notify, what);
  else state.changed('sla_breach', SYSTEM, `${target.id}: ${what}`);
  const breachOf = () => ({
    caseNo: input.caseNo,
    target: target.id,
    policyCode: clock.policy.code,
    policyVersion: clock.policy.version,
    deadline: due.at,
    lateMs,
    escalationLevel: level,
  });
  const subjectOf = () => `Complaint ${input.caseNo}: ${level ? `escalated to ${target.notify}` : target.id.replace('_', ' ')}`;
  const bodyOf = () => `Complaint ${input.caseNo} (${input.category}/${input.severity}, agent ${state.assignedAgent ?? 'unassigned'}): ${what}.`;
  const record = () => shortCall(`Record SLA breach ${target.id} of ${input.caseNo}`).recordSlaBreach(breachOf());
  const notice = (recipient: string, dedupeKey: string) =>
    shortCall(`Notify ${recipient}: ${input.caseNo} ${level ? `escalated to level ${level}` : target.id}`).notify({
      dedupeKey,
      channel: 'staff-inbox',
      recipient,
      subject: subjectOf(),
      body: bodyOf(),
      caseNo: input.caseNo,
    });
  const notify = () => notice(target.notify, `${run.workflowId}:${target.id}`);
  const owner = state.assignedAgent;
  const escalation = () => ({
    breach: breachOf(),
    notice: { owner, role: target.notify, caseNo: input.caseNo, subject: subjectOf(), body: bodyOf(), dedupeKeyPrefix: `${run.workflowId}:${target.id}` },
  });
  const summary = `Record ${target.id} of ${input.caseNo}; tell ${target.notify} above ${owner ?? 'nobody'}`;
  if (run.escalatesWithState) {
    return takeUpChange(run, (caseState) => shortCall(`${summary}; write v${state.stateVersion}`).recordEscalation({ ...escalation(), caseState }));
  }
  if (run.escalatesInOneCall || patched(ESCALATION_IN_ONE_CALL_PATCH)) {
    await shortCall(summary).recordEscalation(escalation());
  } else if (patched(ESCALATION_TO_PEOPLE_PATCH)) {
    const reach = await shortCall(`Who is ${target.notify} above ${owner ?? 'nobody'} for ${input.caseNo}`).resolveEscalationRecipients({ owner, role: target.notify });
    await Promise.all([record(), ...reach.recipients.map((who) => notice(who, `${run.workflowId}:${target.id}:${who}`))]);
  } else if (patched(PARALLEL_ESCALATION_PATCH)) await Promise.all([record(), notify()]);
  else {
    await record();
    await notify();
  }
  return undefined;
}
