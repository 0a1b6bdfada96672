import { workflowInfo } from '@temporalio/workflow';
import { described } from './follow-up-activities';
import type { CallState, FollowUpPlan } from './follow-up-plan';

/** A missed call (already recorded as missed) is escalated to the supervisor, once. */
export async function escalateMiss(plan: FollowUpPlan, call: CallState): Promise<void> {
  call.pending.miss = false;
  const { planId, customerNo } = plan.input;
  await described(`Escalate missed call ${call.callId} to the supervisor`).notify({
    dedupeKey: `${workflowInfo().workflowId}:${call.callId}:missed`,
    channel: 'staff-inbox',
    recipient: 'supervisor',
    subject: `Follow-up call missed: ${call.callId}`,
    body: `The ${call.stepKey} call of plan ${planId} (customer ${customerNo}, agent ${call.agent}) was missed: ${call.missReason}.`,
    caseNo: planId,
  });
  plan.missEscalated(call);
}
