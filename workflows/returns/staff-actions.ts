import { condition, patched } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { UPDATES_FOLLOW_THE_SHARED_RULE } from './patches';
import type { ReturnRun } from './return-run';
import { RETURN_ACTION_UPDATES, ReturnAction, ReturnActions, ReturnState } from './return.contract';

/**
 * Registers every staff action as an update under the shared rule: checked by the case's pure
 * validator (refusals never enter history), applied without calling any activity (the main loop
 * alone does), answered once the main loop has published the change. Call before the first await.
 */
export function registerStaffActions(run: ReturnRun): void {
  // Returns started before the rule keep the wait they were recorded with.
  const settle = patched(UPDATES_FOLLOW_THE_SHARED_RULE) ? undefined : () => condition(() => run.isPublished() || run.c.isFinished());
  for (const action of Object.keys(RETURN_ACTION_UPDATES) as ReturnAction[]) register(run, action, settle);
}

function register<A extends ReturnAction>(run: ReturnRun, action: A, settle: (() => Promise<void>) | undefined): void {
  run.actions.action(RETURN_ACTION_UPDATES[action] as UpdateDefinition<ReturnState, [ReturnActions[A]], string>, {
    validate: (request) => run.c.check(action, request),
    apply: (request) => {
      run.c.perform(action, request);
      // L-1: a parcel just shipped is tracked from now.
      if (action === 'ship') run.lastPollAt = Date.now();
    },
    settle,
  });
}
