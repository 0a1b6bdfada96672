import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { FollowUpEvent, followUpTriggerWorkflowId, triggerOfEvent } from '@libs/domain/follow-ups/follow-up-triggers';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/**
 * F-1, F-2, A-6, F-10: what happened to a customer starts the follow-up plan it calls for, through the
 * event's own trigger workflow (`follow-up-trigger-<event key>`). Temporal refuses a second workflow of
 * that id, also after the first has finished, so a replayed or duplicated event starts no second plan;
 * the plan's number is also kept under the event's key in the database (see `openTriggeredFollowUpPlan`).
 * An event that starts no plan (a deal's hand-over) starts nothing.
 */
export async function startFollowUpTrigger(temporal: Client, taskQueue: string, event: FollowUpEvent): Promise<void> {
  if (!triggerOfEvent(event.kind)) return;
  const workflowId = followUpTriggerWorkflowId(event);
  try {
    await temporal.workflow.start('followUpTriggerWorkflow', {
      taskQueue,
      workflowId,
      args: [event],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      staticSummary: `Follow-up trigger · ${event.kind} ${event.id}`,
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the follow-up of ${event.kind} ${event.id}: ${(error as Error).message}`);
  }
}
