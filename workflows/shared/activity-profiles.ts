import type { ActivityOptions, LocalActivityOptions } from '@temporalio/common';
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';

/**
 * Named timeout and retry profiles for every activity a workflow calls. One place, so that the same
 * kind of call has the same limits in every workflow (they had drifted to 10 s, 30 s and 60 s).
 * Retries back off to 30 s and never give up on infrastructure errors: an activity that cannot
 * succeed with its data fails non-retryably instead (its error type names why).
 */
const RETRY_UNTIL_IT_WORKS = { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' } as const;

/** A short database call: one read or one idempotent write. */
export const DB_CALL: ActivityOptions = { startToCloseTimeout: '10s', retry: RETRY_UNTIL_IT_WORKS };

/** A run that reads or writes many rows in one call (sampling, the care run, a reassignment plan). */
export const DB_BATCH: ActivityOptions = { startToCloseTimeout: '60s', retry: RETRY_UNTIL_IT_WORKS };

/**
 * A read that is simply asked again at the next poll (e.g. L-1 waybill tracking): a few quick tries,
 * then the workflow moves on rather than waiting for it.
 */
export const POLL_READ: ActivityOptions = { startToCloseTimeout: '10s', scheduleToCloseTimeout: '30s', retry: { initialInterval: '1s', maximumInterval: '5s' } };

/**
 * A workflow's own short calls run as local activities: inside the workflow task that decided them,
 * so a step costs one task instead of a task and an activity round trip. Only for reads and idempotent
 * writes (a re-run after a lost task must do no harm); retries past the threshold wait on a durable timer.
 */
export const LOCAL_CALL: LocalActivityOptions = { startToCloseTimeout: '10s', retry: RETRY_UNTIL_IT_WORKS, localRetryThreshold: '10s' };

/**
 * A department call within its answer window. A short call's attempt is bounded by `attemptMs`, then
 * tried again (same idempotency key) while the window lasts; a department answering by callback may
 * answer at any time in the window (`attemptMs` = `windowMs`). Errors of the `final` types (a refusal,
 * a failed answer) are not retried.
 */
export function departmentCall(window: { windowMs: number; attemptMs: number; final: string[] }): ActivityOptions {
  return {
    startToCloseTimeout: Math.min(window.windowMs, window.attemptMs),
    scheduleToCloseTimeout: window.windowMs,
    retry: { initialInterval: '1s', maximumInterval: '10s', nonRetryableErrorTypes: window.final },
  };
}

/** A profile whose calls fail at once, without retrying, on these error types (refusals of the data given). */
export function finalOn(profile: ActivityOptions, ...errorTypes: string[]): ActivityOptions {
  return { ...profile, retry: { ...profile.retry, nonRetryableErrorTypes: [...(profile.retry?.nonRetryableErrorTypes ?? []), ...errorTypes] } };
}

/** The activities, each call with a one-line summary the Temporal UI shows; `DB_CALL` unless told. */
export function described(summary: string, profile: ActivityOptions = DB_CALL) {
  return proxyActivities<PlatformActivities>({ ...profile, summary });
}

/** The activities as local activities (see `LOCAL_CALL`), with the UI summary of the call. */
export function local(summary: string, profile: LocalActivityOptions = LOCAL_CALL) {
  return proxyLocalActivities<PlatformActivities>({ ...profile, summary });
}
