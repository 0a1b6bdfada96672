import { ParentClosePolicy, setCurrentDetails, startChild, workflowInfo } from '@temporalio/workflow';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import { DB_BATCH, DB_CALL, described, finalOn } from '../shared';
import { FollowUpSampleInput, FollowUpSampleResult } from './follow-up.contract';
import { followUpWorkflow } from './follow-up.workflow';

// Picking the sample reads many customers (a batch); opening a plan and recording the run are single
// writes. An unknown policy cannot succeed on a retry.
const SAMPLE_BATCH = finalOn(DB_BATCH, 'UnknownFollowUpPolicy');
const SAMPLE_CALL = finalOn(DB_CALL, 'UnknownFollowUpPolicy');

/**
 * One run of the tier-2 monthly sample (F-3) or the tier-3 quarterly sample for the general manager's
 * office (F-4), started by its Schedule: picks the customers (size and rule from the policy) and starts
 * a follow-up plan for each, whose calls then appear on the worklists.
 */
export async function followUpSampleWorkflow(input: FollowUpSampleInput): Promise<FollowUpSampleResult> {
  const runId = workflowInfo().workflowId;
  const policyCode = input.policyCode ?? DEFAULT_FOLLOW_UP_POLICY_CODE;
  const sample = await described(`Pick the tier-${input.tier} sample (${input.tier === 2 ? 'F-3' : 'F-4'})`, SAMPLE_BATCH).sampleFollowUpCustomers({ tier: input.tier, policyCode, seed: runId, at: Date.now() });
  setCurrentDetails(`**Tier ${input.tier} sample:** ${sample.picks.length} customer(s) · ${sample.rule} · policy ${sample.policyCode} v${sample.policyVersion}`);
  const planIds: string[] = [];
  for (const pick of sample.picks) {
    const { planId } = await described(`Open the ${pick.trigger} plan of ${pick.customerNo}`, SAMPLE_CALL).openSampledFollowUpPlan({ key: `${runId}:${pick.customerId}:${pick.trigger}`, customerId: pick.customerId, trigger: pick.trigger });
    await startChild(followUpWorkflow, {
      workflowId: `followup-${planId}`,
      // Each plan lives on its own: the run is done once the plans are started.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: newCaseSearchAttributes('followup', 'active', pick),
      staticSummary: `Follow-up ${planId} · ${pick.trigger} (tier ${input.tier} sample) · ${pick.customerNo}`,
      args: [
        {
          planId,
          customerId: pick.customerId,
          customerNo: pick.customerNo,
          customerTier: pick.customerTier,
          trigger: pick.trigger,
          occurredAt: Date.now(),
          policyCode,
          details: pick.details,
          createdBy: `schedule:${runId}`,
        },
      ],
    });
    planIds.push(planId);
  }
  await described(`Record the tier-${input.tier} run: ${planIds.length} plan(s)`, SAMPLE_CALL).recordSampleRun({ runId, tier: input.tier, policyCode: sample.policyCode, policyVersion: sample.policyVersion, rule: sample.rule, planIds });
  setCurrentDetails(`**Tier ${input.tier} sample:** ${planIds.length} plan(s) started · ${sample.rule}  \n${planIds.map((id) => `- followup-${id}`).join('  \n')}`);
  return { runId, tier: input.tier, policy: `${sample.policyCode} v${sample.policyVersion}`, rule: sample.rule, planIds };
}
