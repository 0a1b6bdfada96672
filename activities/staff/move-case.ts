import { ApplicationFailure } from '@temporalio/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import { workflowIdFor } from '@libs/temporal/conventions';
import { complaintStateQuery, reassignComplaintUpdate } from '@workflows/complaint/complaint.contract';
import { followUpStateQuery, reassignFollowUpPlanUpdate } from '@workflows/follow-ups/follow-up.contract';
import { REFUSAL } from '@workflows/shared/refusals';

export type MoveOutcome = 'moved' | 'already-there' | 'finished';

/** The case workflows whose owner moves between agents. */
export type MovableKind = 'complaint' | 'followup';

/** One case's workflow: move it to an agent, and read who owns it now (or that it ended). */
export function caseWorkflow(temporal: Client, kind: MovableKind, caseNo: string) {
  if (kind === 'complaint') {
    const handle = temporal.workflow.getHandle(workflowIdFor.complaint(caseNo));
    return {
      reassign: (agent: string, reason: string) => handle.executeUpdate(reassignComplaintUpdate, { args: [{ agent, by: 'system', reason }] }),
      owner: async () => {
        const state = await handle.query(complaintStateQuery);
        return { agent: state.assignedAgent, finished: isFinal(state.status) };
      },
    };
  }
  const handle = temporal.workflow.getHandle(workflowIdFor.followup(caseNo));
  return {
    reassign: (agent: string, reason: string) => handle.executeUpdate(reassignFollowUpPlanUpdate, { args: [{ agent, by: 'system', reason }] }),
    owner: async () => {
      const state = await handle.query(followUpStateQuery);
      return { agent: state.agent, finished: state.status !== 'active' };
    },
  };
}

/**
 * A-7: moves one case to another agent through its workflow, which records the new owner. Already
 * moved or finished counts as done. A refusal is told apart by its type (the workflows' refusal
 * vocabulary), then confirmed against the case's state, never by its message; any other refusal fails
 * for good (ReassignmentRefused).
 */
export async function moveCase(temporal: Client, kind: MovableKind, caseNo: string, to: string, reason: string): Promise<MoveOutcome> {
  const c = caseWorkflow(temporal, kind, caseNo);
  try {
    await c.reassign(to, reason);
    return 'moved';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return 'finished';
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const type = error.cause instanceof ApplicationFailure ? error.cause.type : undefined;
    if (type === REFUSAL.transition) return 'finished';
    if (type === REFUSAL.invalid) {
      const now = await c.owner();
      if (now.agent === to) return 'already-there';
      if (now.finished) return 'finished';
    }
    throw ApplicationFailure.nonRetryable(`${kind} ${caseNo} refused the move: ${error.cause?.message ?? error.message}`, 'ReassignmentRefused');
  }
}
