import { described, local } from '../shared/activity-profiles';
import type { CaseActions } from '../shared/case-actions';
import { takesBranch } from './case-shape';

/**
 * Short calls became local activities (policy and agent look-ups, deadline arithmetic, read-model and
 * SLA-breach writes, staff-inbox notices): an escalation costs one task instead of three tasks and
 * three activity round trips. Histories recorded before this patch scheduled them on the task queue.
 */
export const LOCAL_SHORT_CALLS_PATCH = 'local-short-calls';

/** The call's proxy: local for new histories, the task-queue activity where the history has one. */
export const shortCall = (summary: string) => (takesBranch(LOCAL_SHORT_CALLS_PATCH) ? local(summary) : described(summary));

/**
 * How an action's handler waits for its change to be written. Histories before LOCAL_SHORT_CALLS_PATCH
 * published from the handler itself; since then the main loop alone calls activities (two coroutines
 * awaiting local activities at once would emit their next commands in a different order on replay).
 */
export function settleAction<S>(actions: CaseActions<S>, publishNow: () => Promise<void>): (version: number) => Promise<void> {
  return (version) => (takesBranch(LOCAL_SHORT_CALLS_PATCH) ? actions.untilRecorded(version) : publishNow());
}
