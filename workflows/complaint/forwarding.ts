import { startChild, upsertSearchAttributes } from '@temporalio/workflow';
import type { QualityInvestigationResult } from '@libs/departments/ports/quality.port';
import { ESCALATION_LADDER } from '@libs/domain/sla/sla-targets';
import { Department } from '@libs/temporal/search-attributes';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { described } from '../shared/activity-profiles';
import type { ComplaintRun } from './complaint-run';

/** C-4 / C-7: a confirmed forwarding whose request to the quality department has not gone yet. */
export function awaitsInvestigation({ state, investigation }: ComplaintRun): boolean {
  return state.status === 'forwarded' && state.department?.status === 'waiting' && !investigation;
}

/**
 * Asks the quality department to investigate, as a child workflow. The department has the case's
 * resolution time to answer; silence becomes `timed_out`. The outcome lands on the run for the main loop.
 */
export async function openInvestigation(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  const child = await startChild(departmentRequestWorkflow, {
    workflowId: `${run.workflowId}-quality-${state.department!.round}`,
    args: [
      {
        department: 'quality',
        kind: 'open-investigation',
        caseNo: input.caseNo,
        payload: { caseNo: input.caseNo, category: input.category, description: input.description, productRef: input.productRef },
        timeoutSeconds: run.clock.policy.resolutionSeconds,
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
  state.departmentAnswered(silent ? 'timed_out' : 'refused', why);
  if (silent) {
    const level = Math.max(state.escalationLevel, 2);
    if (level > state.escalationLevel) state.escalate(level, ESCALATION_LADDER[level], why);
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
  await described(`Notify manager: ${input.caseNo} ${silent ? 'department silent' : 'department refused'}`).notify({
    dedupeKey: `${run.workflowId}:department-${state.department!.round}`,
    channel: 'staff-inbox',
    recipient: 'manager',
    subject: `Complaint ${input.caseNo}: ${silent ? 'no answer from quality' : 'quality refused the investigation'}`,
    body: `Complaint ${input.caseNo} (${input.category}/${input.severity}): ${why}.`,
    caseNo: input.caseNo,
  });
}
