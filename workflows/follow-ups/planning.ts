import { described } from './follow-up-activities';
import type { FollowUpInput, PreparedPlan } from './follow-up.contract';

/**
 * The policy snapshot and the calls' times (F-1, F-5), worked out in the plan's first run; continue-as-new
 * carries them after that.
 */
export function planCalls(input: FollowUpInput): Promise<PreparedPlan> {
  return described(`Plan the calls of ${input.planId}: ${input.trigger} under policy ${input.policyCode} (F-1, F-5)`).prepareFollowUpPlan({
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
    source: input.source,
  });
}
