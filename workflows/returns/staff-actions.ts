import { condition, patched } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { UPDATES_FOLLOW_THE_SHARED_RULE } from './patches';
import type { ReturnAction, ReturnActions } from './return-case';
import type { ReturnRun } from './return-run';
import {
  approveReturnUpdate,
  cancelReturnUpdate,
  inspectReturnUpdate,
  modifyReturnUpdate,
  payShippingUpdate,
  receiveReturnUpdate,
  rejectReturnUpdate,
  retryRefundUpdate,
  ReturnState,
  shipReturnUpdate,
} from './return.contract';

/** Which update carries which action. */
const UPDATES: { [A in ReturnAction]: UpdateDefinition<ReturnState, [ReturnActions[A]], string> } = {
  approve: approveReturnUpdate,
  reject: rejectReturnUpdate,
  modify: modifyReturnUpdate,
  ship: shipReturnUpdate,
  receive: receiveReturnUpdate,
  inspect: inspectReturnUpdate,
  payShipping: payShippingUpdate,
  retryRefund: retryRefundUpdate,
  cancel: cancelReturnUpdate,
};

/**
 * Registers every staff action as an update under the shared rule: checked by the case's pure
 * validator (refusals never enter history), applied without calling any activity (the main loop
 * alone does), answered once the main loop has published the change. Call before the first await.
 */
export function registerStaffActions(run: ReturnRun): void {
  // Returns started before the rule keep the wait they were recorded with.
  const settle = patched(UPDATES_FOLLOW_THE_SHARED_RULE) ? undefined : () => condition(() => run.isPublished() || run.c.isFinished());
  for (const action of Object.keys(UPDATES) as ReturnAction[]) register(run, action, settle);
}

function register<A extends ReturnAction>(run: ReturnRun, action: A, settle: (() => Promise<void>) | undefined): void {
  run.actions.action(UPDATES[action] as UpdateDefinition<ReturnState, [ReturnActions[A]], string>, {
    validate: (request) => run.c.check(action, request),
    apply: (request) => {
      run.c.perform(action, request);
      // L-1: a parcel just shipped is tracked from now.
      if (action === 'ship') run.lastPollAt = Date.now();
    },
    settle,
  });
}
