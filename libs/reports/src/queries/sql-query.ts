import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { SATISFIED_AT_OR_ABOVE } from '@libs/domain/reports/kpi-targets';

/** One parameterised statement; the services run it and the benchmark EXPLAINs the very same text. */
export interface SqlQuery {
  name: string;
  text: string;
  values: unknown[];
}

/** $1 from, $2 to (instants), $3 the time zone of days, weeks and months. */
export function periodValues(period: ReportPeriod): unknown[] {
  return [period.from, period.to, period.timeZone];
}

// The statuses every report reads the same way.
/** A complaint handled: resolved, satisfaction confirmed or closed (K-4, C-11). */
export const HANDLED = `('resolved','satisfaction_confirmed','closed')`;
/** A complaint whose satisfaction call is over (K-4 survey coverage). */
export const SURVEY_OVER = `('satisfaction_confirmed','closed')`;

/**
 * K-2 (service satisfaction) over complaint rows: the customer's first answer after each resolution, so a
 * resolution that failed stays counted; rows written before answers were counted fall back to their score.
 */
export const COMPLAINT_SCORED = `coalesce(sum(coalesce(satisfaction_answers, (satisfaction_score IS NOT NULL)::int)), 0)::int`;
export const COMPLAINT_SATISFIED = `coalesce(sum(coalesce(satisfied_answers, (satisfaction_score >= ${SATISFIED_AT_OR_ABOVE})::int)), 0)::int`;
