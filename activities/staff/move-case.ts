import { ApplicationFailure } from '@temporalio/common';
import { WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { REFUSAL } from '@workflows/shared/refusals';

export type MoveOutcome = 'moved' | 'already-there' | 'finished';

/** What the mover needs of a case workflow: the move itself, and who owns it now (or that it ended). */
export interface CaseMove {
  handle: WorkflowHandle;
  move: () => Promise<unknown>;
  owner: () => Promise<{ agent: string | null; finished: boolean }>;
  to: string;
  label: string;
}

/**
 * A-7: moves one case to another agent through its workflow. Already moved or finished counts as done.
 * A refusal is told apart by its type (the workflows' refusal vocabulary), then confirmed against the
 * case's state, never by its message; any other refusal fails for good (ReassignmentRefused).
 */
export async function moveCase(c: CaseMove): Promise<MoveOutcome> {
  try {
    await c.move();
    return 'moved';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return 'finished';
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const type = error.cause instanceof ApplicationFailure ? error.cause.type : undefined;
    if (type === REFUSAL.transition) return 'finished';
    if (type === REFUSAL.invalid) {
      const now = await c.owner();
      if (now.agent === c.to) return 'already-there';
      if (now.finished) return 'finished';
    }
    throw ApplicationFailure.nonRetryable(`${c.label} refused the move: ${error.cause?.message ?? error.message}`, 'ReassignmentRefused');
  }
}
