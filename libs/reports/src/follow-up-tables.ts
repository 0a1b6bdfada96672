import { DataSource } from 'typeorm';
import { FOLLOW_UP_SATISFIED_AT_OR_ABOVE } from '@libs/domain/reports/kpi-targets';

/** Whether the follow-up call tables exist yet; reports that need them say so instead of failing. */
export async function followUpTablesExist(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ present: boolean }> = await dataSource.query(
    `SELECT to_regclass('follow_up_attempts') IS NOT NULL AND to_regclass('follow_up_calls') IS NOT NULL AS present`,
  );
  return rows[0].present;
}

export const NO_FOLLOW_UP_TABLES = 'follow-up call tables are not installed yet: follow-up figures are empty';

/**
 * F-9 / K-2: the lowest follow-up score that counts as satisfied: one above the active default
 * follow-up policy's `unsatisfiedAtOrBelow`, so that the reports judge a call as the call script did.
 */
export async function followUpSatisfiedAtOrAbove(dataSource: DataSource): Promise<number> {
  const rows: Array<{ at_or_below: number | null }> = await dataSource.query(
    `SELECT CASE WHEN to_regclass('follow_up_policies') IS NOT NULL THEN (
       SELECT (terms->>'unsatisfiedAtOrBelow')::int FROM follow_up_policies WHERE code = 'default' AND active ORDER BY version DESC LIMIT 1) END AS at_or_below`,
  );
  const atOrBelow = rows[0]?.at_or_below;
  return typeof atOrBelow === 'number' ? atOrBelow + 1 : FOLLOW_UP_SATISFIED_AT_OR_ABOVE;
}
