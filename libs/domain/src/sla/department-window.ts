// C-5: a quality complaint must close within its resolution time (3 days). A department it is forwarded
// to (C-4, C-7) answers within what is left of that time, not within a new full one.

/** When the resolution time was already missed, the department still gets this long (at most the resolution time) to answer. */
export const MISSED_RESOLUTION_ANSWER_SECONDS = 3_600;

/**
 * How long the department has to answer, in whole seconds: what is left until the case's resolution
 * deadline (`resolutionDueAt`, undefined once it was missed), at least one second; once missed, the
 * case is already escalated and the department gets a short window instead of none.
 */
export function departmentAnswerWindowSeconds(now: number, resolutionDueAt: number | undefined, resolutionSeconds: number): number {
  if (resolutionDueAt === undefined || resolutionDueAt <= now) return Math.min(resolutionSeconds, MISSED_RESOLUTION_ANSWER_SECONDS);
  return Math.max(1, Math.floor((resolutionDueAt - now) / 1000));
}
