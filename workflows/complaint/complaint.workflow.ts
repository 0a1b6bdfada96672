import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import { ActionSpec, CaseActions } from '../shared/case-actions';
import { takesBranch } from './case-shape';
import { callBackAfterDepartment } from './call-back';
import { ComplaintCase } from './complaint-case';
import { ComplaintRun } from './complaint-run';
import {
  ActorRequest,
  addNoteUpdate,
  cancelComplaintUpdate,
  ComplaintInput,
  ComplaintState,
  complaintStateQuery,
  confirmForwardUpdate,
  contactComplaintUpdate,
  reassignComplaintUpdate,
  recordSatisfactionUpdate,
  reopenComplaintUpdate,
  requestForwardUpdate,
  resolveComplaintUpdate,
  resumeComplaintUpdate,
  waitForCustomerUpdate,
} from './complaint.contract';
import { archiveClosedComplaint } from './archive';
import { ESCALATION_IN_ONE_CALL_PATCH, fireDeadline } from './escalation';
import { awaitsInvestigation, onDepartmentOutcome, openInvestigation, takeDepartmentOutcome } from './forwarding';
import { CURRENT_SETUP_SHAPE, DEPARTMENT_WITHIN_RESOLUTION_TIME, LEAN_CASE_SHAPE, SETUP_IN_ONE_CALL, SETUP_RECORDED_ONCE, STAFF_REOPEN_IS_NOT_DISSATISFACTION } from './patches';
import { publish, takeUpChange } from './publish';
import { assignAgent, countKeyPartDefect, OWNER_BY_CAPACITY_PATCH, reportMajorInformation, takeOwnerChoice } from './registration';
import { openRemedyReturn, remedyReturnToOpen, takeRemedyOutcome } from './remedy-return';
import { queueSatisfactionCall, retrySatisfactionCallLater, satisfactionCallDue, satisfactionCallRetries, satisfactionRetryToPlan } from './satisfaction-call';
import { settleAction, shortCall } from './short-calls';
import { SlaClock } from './sla-clock';

/**
 * One workflow per complaint, id `complaint-<caseNo>`: registered, assigned, contacted, perhaps
 * forwarded to the quality department, resolved, asked about satisfaction, closed (C-1..C-14). Staff
 * act through updates; deadlines fire from durable timers on the policy's business calendar.
 */
export async function complaintWorkflow(input: ComplaintInput): Promise<ComplaintState> {
  const state = new ComplaintCase(input);
  const run = new ComplaintRun(input, state);
  setHandler(complaintStateQuery, () => run.snapshot());
  // New histories take their set-up and escalation branches here, before the first local activity: a
  // patch marker that directly follows a local activity's result is not matched again on replay.
  const lean = patched(LEAN_CASE_SHAPE);
  const currentShape = lean || patched(CURRENT_SETUP_SHAPE);
  const setUpOnce = currentShape || patched(SETUP_RECORDED_ONCE);
  let setUpInOneCall = currentShape;
  run.escalatesInOneCall = currentShape;
  run.escalatesWithState = lean;
  if (setUpOnce && !currentShape) {
    patched(OWNER_BY_CAPACITY_PATCH);
    patched(ESCALATION_IN_ONE_CALL_PATCH);
    setUpInOneCall = patched(SETUP_IN_ONE_CALL);
  }

  // What staff can do: each action's validator is a pure method of the case; the main loop records the change.
  const actions = new CaseActions(state, () => run.snapshot());
  const record = async () => actions.recorded(await publish(run));
  const settle = settleAction(actions, record);
  const action = <R extends ActorRequest>(update: UpdateDefinition<ComplaintState, [R], string>, validate: ActionSpec<R>['validate'], apply: ActionSpec<R>['apply']) =>
    actions.action(update, { validate, apply, settle });
  action(cancelComplaintUpdate, (r) => state.validateCancel(r), (r) => state.apply('cancel', r.by, r.reason));
  action(reassignComplaintUpdate, (r) => state.validateReassign(r), (r) => state.assignTo(r.agent, r.by, r.reason));
  action(contactComplaintUpdate, (r) => state.validateContact(r), (r) => state.contact(r.by, r.summary));
  action(waitForCustomerUpdate, (r) => state.validateWaitForCustomer(r), (r) => state.waitForCustomer(r.by, r.reason));
  action(resumeComplaintUpdate, (r) => state.validateResume(r), (r) => state.resume(r.by));
  action(resolveComplaintUpdate, (r) => state.validateResolve(r), (r) => state.resolve(r.by, r.remedy, r.summary, r.returnRequest));
  action(recordSatisfactionUpdate, (r) => state.validateSatisfaction(r), (r) => state.recordSatisfaction(r.by, r.reached, r.score, r.comment, !r.reached && satisfactionCallRetries()));
  // K-2: staff reopening a resolution is not the customer saying they are dissatisfied.
  action(reopenComplaintUpdate, (r) => state.validateReopen(r), (r) => state.apply(takesBranch(STAFF_REOPEN_IS_NOT_DISSATISFACTION) ? 'reopen' : 'report_unsatisfied', r.by, r.reason));
  action(addNoteUpdate, (r) => state.validateNote(r), (r) => state.changed('note', r.by, r.text));
  action(requestForwardUpdate, (r) => state.validateRequestForward(r), (r) => state.requestForward(r.by, r.note));
  action(confirmForwardUpdate, (r) => state.validateConfirmForward(r), (r) => state.confirmForward(r.by));

  // Set-up: the SLA policy and its clock, what registration asks for (C-9, C-12), the owner.
  const need = { category: input.category, severity: input.severity, customerTier: input.customerTier };
  const registeredAt = workflowInfo().startTime.getTime();
  const setUp = setUpInOneCall
    ? await shortCall(`Set up ${input.caseNo}: SLA policy for ${need.category}/${need.severity}/${need.customerTier}, deadlines, owner (C-5, A-5)`).setUpComplaint({ need, customerId: input.customerId, registeredAt, caseNo: input.caseNo })
    : undefined;
  const policy = setUp?.policy ?? (await shortCall(`Select SLA policy for ${need.category}/${need.severity}/${need.customerTier}`).selectSlaPolicyFor(need));
  const clock = new SlaClock(policy, registeredAt, shortCall(`SLA clock on the ${policy.calendar} calendar (${policy.timeZone})`), {
    departmentTimeCountsForResolution: () => takesBranch(DEPARTMENT_WITHIN_RESOLUTION_TIME),
  });
  run.startClock(setUp ? clock.startWith(setUp.deadlines) : clock);
  if (!setUpOnce) await record();
  if (input.majorInformation) await reportMajorInformation(run);
  if (input.keyPart) await countKeyPartDefect(run);
  await (setUp ? takeOwnerChoice(run, setUp.owner) : assignAgent(run));

  // The main loop: one step at a time, the first that applies; then sleep until a deadline or news.
  while (!isFinal(state.status)) {
    if (remedyReturnToOpen(run)) {
      await openRemedyReturn(run);
      continue;
    }
    if (takeRemedyOutcome(run)) continue;
    if (awaitsInvestigation(run)) await openInvestigation(run);
    const answer = takeDepartmentOutcome(run);
    if (answer) {
      await onDepartmentOutcome(run, answer);
      continue;
    }
    if (satisfactionRetryToPlan(run)) {
      await retrySatisfactionCallLater(run);
      continue;
    }
    if (run.published !== state.stateVersion) {
      actions.recorded(await takeUpChange(run));
      continue;
    }
    const due = run.clock.next(state.status);
    if (due && due.at <= Date.now()) {
      const written = await fireDeadline(run, due);
      if (written !== undefined) actions.recorded(written);
      continue;
    }
    const callAt = satisfactionCallDue(run);
    if (callAt !== undefined && callAt <= Date.now()) {
      await queueSatisfactionCall(run);
      continue;
    }
    // A durable timer to the next deadline or call, or a change of state, whichever comes first.
    const wakeAt = Math.min(due?.at ?? Infinity, callAt ?? Infinity);
    if (wakeAt < Infinity) await condition(() => run.hasNews(), wakeAt - Date.now());
    else await condition(() => run.hasNews());
  }

  // The end: the final state written, archived when closed (C-14), the call again after a department
  // acted (F-10), every update answered.
  await record();
  await archiveClosedComplaint(run);
  await callBackAfterDepartment(run);
  await condition(allHandlersFinished);
  return run.snapshot();
}
