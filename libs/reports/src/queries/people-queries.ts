import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { COMPLAINT_SATISFIED, COMPLAINT_SCORED, HANDLED, periodValues, SqlQuery } from './sql-query';

/** K-6: per agent and month, the complaints they own: response time, satisfaction, resolution. `$4` is now. */
export function agentComplaintsQuery(period: ReportPeriod, now: Date): SqlQuery {
  return {
    name: 'scorecard-complaints',
    text: `
SELECT to_char(date_trunc('month', created_at AT TIME ZONE $3), 'YYYY-MM') AS month,
       assigned_agent_code AS agent,
       count(*) FILTER (WHERE status <> 'cancelled')::int AS complaints,
       count(*) FILTER (WHERE status IN ${HANDLED})::int AS resolved,
       round((avg(extract(epoch FROM first_contacted_at - created_at)) / 3600)::numeric, 2)::float8 AS first_response_avg_hours,
       count(*) FILTER (WHERE first_contacted_at <= created_at + interval '24 hours')::int AS contacted_within_24h,
       count(*) FILTER (WHERE first_contacted_at IS NOT NULL OR (status <> 'cancelled' AND created_at <= $4::timestamptz - interval '24 hours'))::int AS first_response_due,
       ${COMPLAINT_SCORED} AS scored,
       ${COMPLAINT_SATISFIED} AS satisfied
  FROM case_records
 WHERE kind = 'complaint' AND created_at >= $1 AND created_at < $2 AND assigned_agent_code IS NOT NULL
 GROUP BY 1, 2`,
    values: [...periodValues(period), now],
  };
}

/** K-6: per agent and month, the follow-up calls they made; `$4`: the lowest satisfied score (F-9 policy). */
export function agentFollowUpsQuery(period: ReportPeriod, satisfiedAtOrAbove: number): SqlQuery {
  return {
    name: 'scorecard-follow-ups',
    text: `
SELECT to_char(date_trunc('month', attempted_at AT TIME ZONE $3), 'YYYY-MM') AS month,
       agent_code AS agent,
       count(*)::int AS attempts,
       count(*) FILTER (WHERE outcome = 'reached')::int AS reached,
       count(satisfaction_score)::int AS scored,
       count(*) FILTER (WHERE satisfaction_score >= $4)::int AS satisfied
  FROM follow_up_attempts
 WHERE attempted_at >= $1 AND attempted_at < $2 AND agent_code IS NOT NULL
 GROUP BY 1, 2`,
    values: [...periodValues(period), satisfiedAtOrAbove],
  };
}

/** K-8: per staff member (and month of the deadline), file entries due, on time, late and overdue. `$4` is now. */
export function fileHandOversQuery(period: ReportPeriod, now: Date): SqlQuery {
  return {
    name: 'file-hand-overs',
    text: `
SELECT to_char(date_trunc('month', due_at AT TIME ZONE $3), 'YYYY-MM') AS month,
       responsible_staff_code AS staff,
       count(*)::int AS due,
       count(*) FILTER (WHERE filed_at <= due_at)::int AS on_time,
       count(*) FILTER (WHERE filed_at > due_at)::int AS late,
       count(*) FILTER (WHERE filed_at IS NULL AND due_at < $4)::int AS overdue,
       count(*) FILTER (WHERE filed_at IS NULL AND due_at >= $4)::int AS open
  FROM customer_file_events
 WHERE due_at >= $1 AND due_at < $2
 GROUP BY 1, 2
 ORDER BY 1, 2`,
    values: [...periodValues(period), now],
  };
}

/** files and complete files by region and by agent, as they stand (the file's creation before `to`). */
export function completenessQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'file-completeness',
    text: `
SELECT CASE WHEN GROUPING(region) = 0 THEN 'region' WHEN GROUPING(agent) = 0 THEN 'agent' ELSE 'total' END AS dimension,
       CASE WHEN GROUPING(region) = 0 THEN region WHEN GROUPING(agent) = 0 THEN agent ELSE 'all' END AS key,
       count(*)::int AS files,
       count(*) FILTER (WHERE complete)::int AS complete,
       count(*) FILTER (WHERE NOT has_organisation)::int AS missing_organisation,
       count(*) FILTER (WHERE NOT has_address)::int AS missing_address
  FROM (SELECT coalesce(region, 'unknown') AS region, coalesce(assigned_agent_code, 'unassigned') AS agent,
               coalesce(btrim(organisation), '') <> '' AS has_organisation, coalesce(btrim(address), '') <> '' AS has_address,
               coalesce(btrim(organisation), '') <> '' AND coalesce(btrim(address), '') <> '' AS complete
          FROM customers WHERE created_at < $1) f
 GROUP BY GROUPING SETS ((), (region), (agent))
 ORDER BY GROUPING(region) DESC, GROUPING(agent) DESC, dimension, key`,
    values: [period.to],
  };
}

/**
 * F-12: follow-up calls per day, week or month and tier: calls due (not cancelled), attempts by
 * outcome, satisfaction. `$4` is the date_trunc unit, `$5` the lowest satisfied score (F-9 policy).
 */
export function followUpCountsQuery(period: ReportPeriod, unit: 'day' | 'week' | 'month', satisfiedAtOrAbove: number): SqlQuery {
  return {
    name: `follow-ups-${unit}`,
    text: `
WITH attempts AS (
  SELECT date_trunc($4, attempted_at AT TIME ZONE $3) AS period, tier,
         count(*)::int AS attempts,
         count(*) FILTER (WHERE outcome = 'reached')::int AS reached,
         count(*) FILTER (WHERE outcome = 'no_answer')::int AS no_answer,
         count(*) FILTER (WHERE outcome = 'busy')::int AS busy,
         count(*) FILTER (WHERE outcome = 'wrong_number')::int AS wrong_number,
         count(satisfaction_score)::int AS scored,
         count(*) FILTER (WHERE satisfaction_score >= $5)::int AS satisfied
    FROM follow_up_attempts
   WHERE attempted_at >= $1 AND attempted_at < $2
   GROUP BY 1, 2
), due AS (
  SELECT date_trunc($4, due_at AT TIME ZONE $3) AS period, tier, count(*)::int AS calls_due,
         -- F-12: calls whose window passed unreached (or on a wrong number), by the period they fell due in.
         count(*) FILTER (WHERE status = 'missed')::int AS missed
    FROM follow_up_calls
   WHERE due_at >= $1 AND due_at < $2 AND status <> 'cancelled'
   GROUP BY 1, 2
)
SELECT to_char(coalesce(a.period, d.period), 'YYYY-MM-DD') AS period,
       coalesce(a.tier, d.tier) AS tier,
       coalesce(d.calls_due, 0) AS calls_due, coalesce(d.missed, 0) AS missed,
       coalesce(a.attempts, 0) AS attempts, coalesce(a.reached, 0) AS reached, coalesce(a.no_answer, 0) AS no_answer,
       coalesce(a.busy, 0) AS busy, coalesce(a.wrong_number, 0) AS wrong_number,
       coalesce(a.scored, 0) AS scored, coalesce(a.satisfied, 0) AS satisfied
  FROM attempts a FULL OUTER JOIN due d ON d.period = a.period AND d.tier = a.tier
 ORDER BY 1, 2`,
    values: [...periodValues(period), unit, satisfiedAtOrAbove],
  };
}
