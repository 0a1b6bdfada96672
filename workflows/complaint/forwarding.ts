import { startChild, upsertSearchAttributes } from '@temporalio/workflow';
import type { QualityInvestigationResult } from '@libs/departments/ports/quality.port';
import { departmentAnswerWindowSeconds } from '@libs/domain/sla/department-window';
import { ESCALATION_LADDER } from '@libs/domain/sla/sla-targets';
import { Department } from '@libs/temporal/search-attributes';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { described } from '../shared/activity-profiles';
import { SYSTEM, type ComplaintRun } from './complaint-run';
import { DEPARTMENT_SILENCE_IS_TIMED_OUT, DEPARTMENT_WITHIN_RESOLUTION_TIME } from './patches';
import { takesBranch } from './case-shape';

/** C-4 / C-7: a confirmed forwarding whose request to the quality department has not gone yet. */
export function awaitsInvestigation({ state, investigation }: ComplaintRun): boolean {
  return state.status === 'forwarded' && state.department?.status === 'waiting' && !investigation;
}

/**
 * Asks the quality department to investigate, as a child workflow. The department has what is left of
 * the case's resolution time to answer (C-5); silence becomes `timed_out`. The outcome lands on the run
 * for the main loop.
 */
export async function openInvestigation(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  const timeoutSeconds = await answerWindowSeconds(run);
  const child = await startChild(departmentRequestWorkflow, {
    workflowId: `${run.workflowId}-quality-${state.department!.round}`,
    args: [
      {
        department: 'quality',
        kind: 'open-investigation',
        caseNo: input.caseNo,
        payload: { caseNo: input.caseNo, category: input.category, description: input.description, productRef: input.productRef },
        timeoutSeconds,
      },
    ],
  });
  upsertSearchAttributes([{ key: Department, value: 'quality' }]);
  run.investigation = child.result();
  run.investigation.then(
    (result) => (run.departmentOutcome = result),
    (error: Error) => (run.departmentOutcome = { outcome: 'failed', error: { code: 'REQUEST_FAILED', message: error.message }, reason: error.message }),
  );
}

/** C-5: the department gets the rest of the case's resolution time, not a new full one. */
async function answerWindowSeconds(run: ComplaintRun): Promise<number> {
  const { resolutionSeconds } = run.clock.policy;
  if (!takesBranch(DEPARTMENT_WITHIN_RESOLUTION_TIME)) return resolutionSeconds;
  return departmentAnswerWindowSeconds(Date.now(), await run.clock.resolutionDueAt(), resolutionSeconds);
}

/** The department's outcome, taken off the run once (the main loop acts on it). */
export function takeDepartmentOutcome(run: ComplaintRun): DepartmentRequestOutcome | undefined {
  const arrived = run.departmentOutcome;
  if (arrived) {
    run.departmentOutcome = undefined;
    run.investigation = undefined;
  }
  return arrived;
}

/** C-4: the quality department's answer (or refusal, or silence) moves the case on; silence escalates. */
export async function onDepartmentOutcome(run: ComplaintRun, outcome: DepartmentRequestOutcome): Promise<void> {
  const { input, state } = run;
  if (outcome.outcome === 'completed') {
    const answer = outcome.result as QualityInvestigationResult;
    state.departmentAnswered('answered', `cause: ${answer.cause}`, answer);
    return;
  }
  const silent = outcome.outcome === 'timed_out';
  const why = silent ? `no answer from the quality department within ${outcome.timeoutSeconds} s` : `the quality department refused: ${outcome.reason}`;
  // C-4: silence is not an answer; the case climbs one step of the ladder and tells that step.
  const timedOut = silent && takesBranch(DEPARTMENT_SILENCE_IS_TIMED_OUT);
  if (timedOut) state.departmentTimedOut(why);
  else state.departmentAnswered(silent ? 'timed_out' : 'refused', why);
  let recipient: string = 'manager';
  if (silent) {
    const level = timedOut ? Math.min(state.escalationLevel + 1, ESCALATION_LADDER.length - 1) : Math.max(state.escalationLevel, 2);
    if (timedOut) recipient = ESCALATION_LADDER[level];
    if (level > state.escalationLevel) state.escalate(level, ESCALATION_LADDER[level], why);
    else if (timedOut) state.changed('sla_breach', SYSTEM, `department_answer: ${why}; already at the top of the ladder (${recipient})`);
    await described(`Record SLA breach department_answer of ${input.caseNo}`).recordSlaBreach({
      caseNo: input.caseNo,
      target: 'department_answer',
      policyCode: run.clock.policy.code,
      policyVersion: run.clock.policy.version,
      deadline: Date.now(),
      lateMs: 0,
      escalationLevel: level,
    });
  }
  await described(`Notify ${recipient}: ${input.caseNo} ${silent ? 'department silent' : 'department refused'}`).notify({
    dedupeKey: `${run.workflowId}:department-${state.department!.round}`,
    channel: 'staff-inbox',
    recipient,
    subject: `Complaint ${input.caseNo}: ${silent ? 'no answer from quality' : 'quality refused the investigation'}`,
    body: `Complaint ${input.caseNo} (${input.category}/${input.severity}): ${why}.`,
    caseNo: input.caseNo,
  });
}
