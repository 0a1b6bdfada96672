import { ActivityFailure, ApplicationFailure, TimeoutFailure } from '@temporalio/workflow';
import { DEPARTMENT_ANSWER_FAILED, DEPARTMENT_REQUEST_REFUSED } from '@libs/departments/protocol';
import { departmentCall, described } from '../shared/activity-profiles';
import {
  ANSWERED_BY_CALLBACK,
  DEPARTMENT_REQUEST_KINDS,
  DepartmentRequestInput,
  DepartmentRequestKind,
  DepartmentRequestOutcome,
  SHORT_CALL_ATTEMPT_MS,
} from './department-request.contract';

/**
 * One department request: answered by callback (asynchronous completion) or, for short calls, in the
 * response with an idempotency key. The answer window bounds every attempt together, so that an
 * unreachable or silent department ends as `timed_out`, never a hang.
 */
export async function departmentRequestWorkflow(input: DepartmentRequestInput): Promise<DepartmentRequestOutcome> {
  const key = `${input.department}/${input.kind}`;
  if (!(key in DEPARTMENT_REQUEST_KINDS)) throw ApplicationFailure.nonRetryable(`Unknown department request ${key}`, 'UnknownDepartmentRequest');
  const kind = DEPARTMENT_REQUEST_KINDS[key as DepartmentRequestKind];
  const window = input.timeoutSeconds * 1000;
  // A callback may come at any time in the window; a short call's attempt is short, then retried within
  // the same window (unreachable department, 5xx); a refusal or a failed answer is not retried.
  const attemptMs = ANSWERED_BY_CALLBACK.has(key as DepartmentRequestKind) ? window : SHORT_CALL_ATTEMPT_MS;
  const activities = described(kind.summary(input), departmentCall({ windowMs: window, attemptMs, final: [DEPARTMENT_ANSWER_FAILED, DEPARTMENT_REQUEST_REFUSED] }));
  try {
    const call = activities[kind.activity] as (payload: unknown) => Promise<unknown>;
    return { outcome: 'completed', result: await call(input.payload) };
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (cause instanceof TimeoutFailure) return { outcome: 'timed_out', timeoutSeconds: input.timeoutSeconds };
    if (cause instanceof ApplicationFailure && (cause.type === DEPARTMENT_ANSWER_FAILED || cause.type === DEPARTMENT_REQUEST_REFUSED)) {
      const error = (cause.details?.[0] as { code: string; message: string } | undefined) ?? { code: 'REQUEST_REFUSED', message: cause.message };
      return { outcome: 'failed', error, reason: cause.message };
    }
    // Retried until the answer window left no room for another attempt: the department stayed unreachable.
    if (cause instanceof ApplicationFailure) {
      const reason = `the ${input.department} department could not be reached within ${input.timeoutSeconds} s: ${cause.message}`;
      return { outcome: 'failed', error: { code: 'DEPARTMENT_UNREACHABLE', message: reason }, reason };
    }
    throw error;
  }
}
