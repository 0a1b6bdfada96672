import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { CaseActions, transition } from '../shared';
import { acceptActions, acceptActionsInHandlers, MAIN_LOOP_ALONE } from './actions';
import { storeAttempt } from './attempts';
import { escalateMiss } from './escalation';
import { FollowUpPlan } from './follow-up-plan';
import { FollowUpInput, FollowUpState, followUpStateQuery } from './follow-up.contract';
import { handOverLead, LeadAnswer, openComplaint, sendLetter } from './outcomes';
import { planCalls } from './planning';
import { beingPlanned } from './plan-views';
import { PlanPublisher, recordPlanStatus } from './publish';

/**
 * One workflow per follow-up plan, id `followup-<planId>`: its calls fall due at times from the policy
 * with quiet hours applied (F-1, F-2, F-5, A-6), wait on the agent's worklist for an attempt (F-9),
 * retry later in the window on no answer, and are missed and escalated when the window ends. A plan
 * that lives a year continues as new between calls, so that each run's history stays small.
 */
export async function followUpWorkflow(input: FollowUpInput): Promise<FollowUpState> {
  // Set once the calls are planned; until then the plan answers queries as being planned and refuses changes.
  let ready: FollowUpPlan | undefined;
  let ended = false;
  const planned = (): FollowUpPlan => ready ?? transition(`follow-up plan ${input.planId} is still being planned`);
  // An action waits until the main loop has published the version its change produced (workflows/shared).
  const versioned = { get stateVersion() { return planned().stateVersion; } };
  const actions = new CaseActions<FollowUpState>(versioned, () => planned().snapshot(), () => ended);
  const leadAnswers: LeadAnswer[] = [];

  setHandler(followUpStateQuery, () => ready?.snapshot() ?? beingPlanned(input));
  // Plans started before the main loop alone called activities keep their handlers (their histories replay so).
  if (patched(MAIN_LOOP_ALONE)) acceptActions(actions, planned);
  else acceptActionsInHandlers(planned);

  const plan = new FollowUpPlan(input, input.carried?.prepared ?? (await planCalls(input)), input.carried);
  ready = plan;
  const publisher = new PlanPublisher(plan);

  for (;;) {
    const now = Date.now();
    // The steps a call left behind, one at a time: its attempt (F-12), escalation, complaint (F-10), lead (F-11), letter (F-8).
    const work = plan.callWithWork;
    if (work) {
      if (work.pending.attempt) await storeAttempt(plan, work);
      else if (work.pending.miss) await escalateMiss(plan, work);
      else if (work.pending.complaint) await openComplaint(plan, work);
      else if (work.pending.lead) await handOverLead(plan, work, leadAnswers);
      else await sendLetter(plan, work);
      continue;
    }
    const answered = leadAnswers.shift();
    if (answered) {
      plan.leadAnswered(answered.call, answered.outcome);
      continue;
    }
    if (publisher.behind) {
      actions.recorded(await publisher.publish());
      continue;
    }
    // A call whose time has come goes on the worklist; one whose window has passed is missed.
    const dueNow = plan.callDueBy(now);
    if (dueNow && plan.status === 'active') {
      plan.becomeDue(dueNow);
      continue;
    }
    const lapsed = plan.callLapsedBy(now);
    if (lapsed) {
      plan.missLapsed(lapsed);
      continue;
    }
    if (plan.allFinal && !plan.hasPendingWork) {
      if (plan.status !== 'active') break;
      plan.complete();
      continue;
    }
    // Between calls, a plan that finished a call in this run (or whose history grew long) continues as
    // new with its state: a year-long plan never accumulates a year of history in one run.
    if (plan.betweenCalls && (plan.finishedThisRun > 0 || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof followUpWorkflow>({ ...input, carried: plan.carry() });
    }
    // A durable timer to the next due time or window end, or a change of state, whichever comes first.
    const wakeAt = plan.nextWakeAt;
    const version = plan.stateVersion;
    const waiting = leadAnswers.length;
    const changed = () => plan.stateVersion !== version || leadAnswers.length !== waiting;
    if (Number.isFinite(wakeAt)) await condition(changed, Math.max(wakeAt - Date.now(), 1));
    else await condition(changed);
  }

  ended = true;
  await recordPlanStatus(plan);
  await condition(allHandlersFinished);
  return plan.snapshot();
}
