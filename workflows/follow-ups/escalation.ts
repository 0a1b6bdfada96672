import { patched, workflowInfo } from '@temporalio/workflow';
import { described } from './follow-up-activities';
import type { CallState, FollowUpPlan } from './follow-up-plan';

/**
 * Escalations reach people, not role inboxes: a missed call goes to the caller's own supervisor up the
 * reporting line (and their delegate while absent), the supervisors' inbox only when nobody is named.
 * Plans before it notified the `supervisor` role directly.
 */
export const MISS_TO_NAMED_SUPERVISOR_PATCH = 'follow-up-miss-to-named-supervisor';

/** A missed call (already recorded as missed) is escalated to the supervisor, once. */
export async function escalateMiss(plan: FollowUpPlan, call: CallState): Promise<void> {
  call.pending.miss = false;
  const { planId, customerNo } = plan.input;
  const dedupeKey = `${workflowInfo().workflowId}:${call.callId}:missed`;
  const notice = (recipient: string, key: string, to = recipient) =>
    described(`Escalate missed call ${call.callId} to ${to}`).notify({
      dedupeKey: key,
      channel: 'staff-inbox',
      recipient,
      subject: `Follow-up call missed: ${call.callId}`,
      body: `The ${call.stepKey} call of plan ${planId} (customer ${customerNo}, agent ${call.agent}) was missed: ${call.missReason}.`,
      caseNo: planId,
    });
  if (patched(MISS_TO_NAMED_SUPERVISOR_PATCH)) {
    const reach = await described(`Who is the supervisor above ${call.agent}`).resolveEscalationRecipients({ owner: call.agent, role: 'supervisor' });
    await Promise.all(reach.recipients.map((who) => notice(who, `${dedupeKey}:${who}`)));
  } else {
    await notice('supervisor', dedupeKey, 'the supervisor');
  }
  plan.missEscalated(call);
}
