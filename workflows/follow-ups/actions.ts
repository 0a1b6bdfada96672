// The plan's actions (Temporal updates): record an attempt (F-9), cancel, reassign.
import { setHandler } from '@temporalio/workflow';
import { CaseActions } from '../shared';
import { recordAttemptInHandler } from './attempts';
import {
  cancelFollowUpPlanUpdate,
  CancelPlanRequest,
  FollowUpState,
  reassignFollowUpPlanUpdate,
  ReassignPlanRequest,
  RecordAttemptRequest,
  recordCallAttemptUpdate,
} from './follow-up.contract';
import { FollowUpPlan } from './follow-up-plan';

/** Marks the plans whose main loop alone calls activities; older histories replay `acceptActionsInHandlers`. */
export const MAIN_LOOP_ALONE = 'follow-up-main-loop-alone-calls-activities';

/**
 * The rule of every workflow (workflows/shared): a handler validates, applies the change to the plan and
 * waits until the main loop has stored and published it. An attempt is stored by the main loop (F-12).
 */
export function acceptActions(actions: CaseActions<FollowUpState>, planned: () => FollowUpPlan): void {
  const validate = validators(planned);
  actions.action(recordCallAttemptUpdate, { validate: validate.attempt, apply: (request) => planned().acceptAttempt(request, Date.now()) });
  actions.action(cancelFollowUpPlanUpdate, { validate: validate.cancel, apply: (request) => planned().cancel(request.by, request.reason) });
  actions.action(reassignFollowUpPlanUpdate, { validate: validate.reassign, apply: (request) => planned().reassign(request.by, request.agent, request.reason) });
}

/**
 * The handlers of plans started before the rule: the attempt's handler stored the attempt itself, cancel
 * and reassign answered at once. Kept as they were, so that those plans' histories replay.
 */
export function acceptActionsInHandlers(planned: () => FollowUpPlan): void {
  const validate = validators(planned);
  setHandler(recordCallAttemptUpdate, (request) => recordAttemptInHandler(planned(), request), { validator: validate.attempt });
  setHandler(
    cancelFollowUpPlanUpdate,
    (request) => {
      planned().cancel(request.by, request.reason);
      return planned().snapshot();
    },
    { validator: validate.cancel },
  );
  setHandler(
    reassignFollowUpPlanUpdate,
    (request) => {
      planned().reassign(request.by, request.agent);
      return planned().snapshot();
    },
    { validator: validate.reassign },
  );
}

/** The pure validators of FollowUpPlan: the request's fields, then the plan's state (refused while it is being planned). */
function validators(planned: () => FollowUpPlan) {
  return {
    attempt: (request: RecordAttemptRequest) => {
      FollowUpPlan.ensureAttemptRequest(request);
      planned().ensureAttemptAllowed(request);
    },
    cancel: (request: CancelPlanRequest) => {
      FollowUpPlan.ensureCancelRequest(request);
      planned().ensureCancelAllowed();
    },
    reassign: (request: ReassignPlanRequest) => {
      FollowUpPlan.ensureReassignRequest(request);
      planned().ensureReassignAllowed(request);
    },
  };
}
