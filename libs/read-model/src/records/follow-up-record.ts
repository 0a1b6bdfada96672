// The read-model row of a follow-up plan (回访): one builder for the intake, the sampled intake, the
// live workflow and the rebuild. Pure and type-only imports of the contract: the workflow bundles it.
import { TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { FollowUpInput, FollowUpState } from '@workflows/follow-ups/follow-up.contract';
import type { CaseStateRecord } from '../case-state-record';

/** What the row takes from the start input: the customer's id is not in the query's state. */
export type FollowUpFacts = Pick<FollowUpInput, 'planId' | 'customerId' | 'trigger' | 'agent'>;

/**
 * The row for a plan as its state stands, or as the intake opens it (`null`, or a state whose calls
 * are not planned yet: active, being planned, version 0). A plan with an escalated call (F-5) counts
 * as escalation level 1.
 */
export function followUpCaseRecord(facts: FollowUpFacts, state: FollowUpState | null): CaseStateRecord {
  const calls = state?.calls ?? [];
  const tier = state?.tier ?? TRIGGER_TIER[facts.trigger];
  const done = calls.filter((c) => c.status === 'done').length;
  return {
    caseNo: facts.planId,
    kind: 'followup',
    workflowId: workflowIdFor.followup(facts.planId),
    status: state?.status ?? 'active',
    customerId: facts.customerId,
    category: facts.trigger,
    severity: null,
    assignedAgentCode: state?.agent ?? facts.agent ?? null,
    escalationLevel: calls.some((c) => c.escalated) ? 1 : 0,
    summary: calls.length > 0 ? `tier ${tier} ${facts.trigger}: ${done} of ${calls.length} call(s) done` : `tier ${tier} ${facts.trigger}: being planned`,
    stateVersion: state?.stateVersion ?? 0,
    // The case view at this version: what the API answers for the request.
    ...(state ? { view: state } : {}),
  };
}
