import { condition, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
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
 * Registers every staff action as an update: checked by the case's validator (refusals never enter
 * history), applied, and answered once the main loop has published the change. Handlers call no
 * activity: the main loop alone does.
 */
export function registerStaffActions(run: ReturnRun): void {
  for (const action of Object.keys(UPDATES) as ReturnAction[]) register(run, action);
}

function register<A extends ReturnAction>(run: ReturnRun, action: A): void {
  setHandler(
    UPDATES[action] as UpdateDefinition<ReturnState, [ReturnActions[A]], string>,
    async (request: ReturnActions[A]) => {
      run.c.perform(action, request);
      // L-1: a parcel just shipped is tracked from now.
      if (action === 'ship') run.lastPollAt = Date.now();
      await condition(() => run.settled());
      return run.snapshot();
    },
    { validator: (request: ReturnActions[A]) => run.c.check(action, request) },
  );
}
