import { type ActivityOptions, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, setCurrentDetails, startChild } from '@temporalio/workflow';
import type { FollowUpEvent } from '@libs/domain/follow-ups/follow-up-triggers';
import { TRIGGER_TIER } from '@libs/domain/follow-ups/follow-up-types';
import { workflowIdFor } from '@libs/temporal/conventions';
import { newCaseSearchAttributes } from '@libs/temporal/search-attributes';
import { DB_CALL, described } from '../shared';
import { followUpWorkflow } from './follow-up.workflow';

// The event's transaction may still be committing when this starts: a customer not found yet is
// asked again, for a few minutes at most.
const OPEN_PLAN: ActivityOptions = { ...DB_CALL, scheduleToCloseTimeout: '10m' };

/**
 * One workflow per event (`follow-up-trigger-<event key>`), started by the API (a new customer file,
 * an A-2 file event) or by a case workflow (an exchange's replacement delivered, a complaint closed
 * after a department acted): opens the plan the event calls for (F-1, F-2, A-6, F-10), once, and
 * starts its workflow. Returns the plan number, or null when the event calls for no plan.
 */
export async function followUpTriggerWorkflow(event: FollowUpEvent): Promise<{ planId: string | null }> {
  const input = await described(`Open the follow-up plan of ${event.kind} ${event.id}`, OPEN_PLAN).openTriggeredFollowUpPlan(event);
  if (!input) {
    setCurrentDetails(`**Event:** ${event.kind} ${event.id} · no follow-up plan`);
    return { planId: null };
  }
  try {
    await startChild(followUpWorkflow, {
      workflowId: workflowIdFor.followup(input.planId),
      // The plan lives on its own: this workflow is done once the plan is started.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: newCaseSearchAttributes('followup', 'active', input),
      staticSummary: `Follow-up ${input.planId} · ${input.trigger} (tier ${TRIGGER_TIER[input.trigger]}) · ${input.customerNo} · after ${event.kind} ${event.id}`,
      args: [input],
    });
  } catch (error) {
    // The same event's plan started before (a replay after this id's retention): it runs already.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  setCurrentDetails(`**Event:** ${event.kind} ${event.id}  \n**Plan:** followup-${input.planId} (${input.trigger})`);
  return { planId: input.planId };
}
