import { startChild } from '@temporalio/workflow';
import type { DepartmentRequestInput, DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import type { Purpose, ReturnRun } from './return-run';

/** Asks a department through a child workflow; its outcome reaches the main loop through `run.arrivals`. */
export function ask(run: ReturnRun, purpose: Purpose, attempt: number, request: DepartmentRequestInput): void {
  run.inFlight.add(purpose);
  const settle = (outcome: DepartmentRequestOutcome) => {
    run.inFlight.delete(purpose);
    run.arrivals.push({ purpose, outcome });
  };
  void startChild(departmentRequestWorkflow, { workflowId: `${run.workflowId}-${purpose}-${attempt}`, args: [request] })
    .then((child) => child.result())
    .then(settle, (error: Error) => {
      // The request itself broke (not the department's answer): say why, the child's cause first.
      const reason = error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
      settle({ outcome: 'failed', error: { code: 'REQUEST_FAILED', message: reason }, reason });
    });
}

/** Why a department's answer is not a success, or null when it is. */
export function failureOf(outcome: DepartmentRequestOutcome): string | null {
  return outcome.outcome === 'completed' ? null : outcome.outcome === 'timed_out' ? `no answer within ${outcome.timeoutSeconds} s` : outcome.reason;
}
