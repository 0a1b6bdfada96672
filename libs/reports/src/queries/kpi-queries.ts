import { previousPeriod, ReportPeriod } from '@libs/domain/reports/report-period';
import { COMPLAINT_SATISFIED, COMPLAINT_SCORED, HANDLED, SqlQuery, SURVEY_OVER } from './sql-query';

/**
 * K-1, C-5, K-4, K-2 (service), K-5 over the complaints registered in the period, in one scan.
 * `$3` is "now": a first response or a 3-day close that is not yet due does not count against the target.
 */
export function complaintKpiQuery(period: ReportPeriod, now: Date): SqlQuery {
  const previous = previousPeriod(period);
  return {
    name: 'kpi-complaints',
    text: `
SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS registered,
       count(*) FILTER (WHERE status IN ${HANDLED})::int AS handled,
       round((avg(extract(epoch FROM first_contacted_at - created_at)) / 3600)::numeric, 2)::float8 AS first_response_avg_hours,
       count(first_contacted_at)::int AS contacted,
       count(*) FILTER (WHERE first_contacted_at <= created_at + interval '24 hours')::int AS contacted_within_24h,
       count(*) FILTER (WHERE first_contacted_at IS NOT NULL OR (status <> 'cancelled' AND created_at <= $3::timestamptz - interval '24 hours'))::int AS first_response_due,
       count(*) FILTER (WHERE category = 'quality' AND status <> 'cancelled'
                          AND (status IN ${HANDLED} OR created_at <= $3::timestamptz - interval '3 days'))::int AS quality_due,
       count(*) FILTER (WHERE category = 'quality' AND status IN ${HANDLED}
                          AND coalesce(resolved_at, closed_at) <= created_at + interval '3 days')::int AS quality_within_3_days,
       count(*) FILTER (WHERE status IN ${SURVEY_OVER})::int AS survey_over,
       count(*) FILTER (WHERE status IN ${SURVEY_OVER} AND satisfaction_score IS NOT NULL)::int AS surveyed,
       ${COMPLAINT_SCORED} AS scored,
       ${COMPLAINT_SATISFIED} AS satisfied,
       (SELECT count(*)::int FROM case_records p WHERE p.kind = 'complaint' AND p.created_at >= $4 AND p.created_at < $1) AS previous_volume,
       count(*)::int AS volume
  FROM case_records
 WHERE kind = 'complaint' AND created_at >= $1 AND created_at < $2`,
    values: [period.from, period.to, now, previous.from],
  };
}

/** K-2 (customer satisfaction): scored follow-up calls in the period; `$3`: the lowest satisfied score (F-9 policy). */
export function followUpSatisfactionQuery(period: ReportPeriod, satisfiedAtOrAbove: number): SqlQuery {
  return {
    name: 'kpi-follow-up-satisfaction',
    text: `
SELECT count(satisfaction_score)::int AS scored,
       count(*) FILTER (WHERE satisfaction_score >= $3)::int AS satisfied
  FROM follow_up_attempts
 WHERE attempted_at >= $1 AND attempted_at < $2`,
    values: [period.from, period.to, satisfiedAtOrAbove],
  };
}

/** K-3: customers with a product under warranty at some time in the period, and those reached by a follow-up call in it. */
export function warrantyCoverageQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'kpi-warranty-coverage',
    text: `
WITH under_warranty AS (
  SELECT DISTINCT p.customer_id FROM customer_products p
   WHERE p.warranty_end >= $3::date AND (p.purchase_date IS NULL OR p.purchase_date < $4::date)
), reached AS (
  SELECT DISTINCT a.customer_id FROM follow_up_attempts a
   WHERE a.outcome = 'reached' AND a.attempted_at >= $1 AND a.attempted_at < $2
)
SELECT count(*)::int AS under_warranty, count(r.customer_id)::int AS reached
  FROM under_warranty u LEFT JOIN reached r ON r.customer_id = u.customer_id`,
    values: [period.from, period.to, period.fromDate, period.toDate],
  };
}

/** files existing at the end of the period, and the complete ones (organisation and installation address). */
export function fileCompletenessQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'kpi-file-completeness',
    text: `
SELECT count(*)::int AS files,
       count(*) FILTER (WHERE coalesce(btrim(organisation), '') <> '' AND coalesce(btrim(address), '') <> '')::int AS complete
  FROM customers
 WHERE created_at < $1`,
    values: [period.to],
  };
}

/** K-8: file entries due in the period: late (filed after the deadline) or overdue (still missing after it). */
export function lateHandOversQuery(period: ReportPeriod, now: Date): SqlQuery {
  return {
    name: 'kpi-late-hand-overs',
    text: `
SELECT count(*)::int AS due,
       count(*) FILTER (WHERE filed_at > due_at OR (filed_at IS NULL AND due_at < $3))::int AS late
  FROM customer_file_events
 WHERE due_at >= $1 AND due_at < $2`,
    values: [period.from, period.to, now],
  };
}

/** L-5: parts shipped in the period, and those without a wrong or missing part. */
export function partsShippingQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'kpi-parts-shipping',
    text: `
SELECT count(*)::int AS shipped,
       count(*) FILTER (WHERE result = 'correct')::int AS accurate
  FROM parts_shipments
 WHERE shipped_at >= $1 AND shipped_at < $2`,
    values: [period.from, period.to],
  };
}
