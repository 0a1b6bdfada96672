import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { COMPLAINT_SATISFIED, COMPLAINT_SCORED, HANDLED, periodValues, SqlQuery } from './sql-query';

/**
 * C-11: complaints per week by category, cause, product and department, and (C-2) repairs, consultations
 * and complaints apart, with the week's total.
 * The product is the model of the customer's product with that serial/VIN when known (looked up
 * when the case is written), else the reference as registered. Complaints not forwarded count for after-sales itself.
 */
export function weeklyComplaintsQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'complaints-weekly',
    text: `
WITH c AS (
  SELECT date_trunc('week', r.created_at AT TIME ZONE $3)::date AS week,
         coalesce(r.category, 'unknown') AS category,
         coalesce(r.cause, 'unknown') AS cause,
         coalesce(r.product_model, r.product_ref, 'unknown') AS product,
         coalesce(r.department, 'after_sales') AS department,
         coalesce(r.classification, 'complaint') AS classification
    FROM case_records r
   WHERE r.kind = 'complaint' AND r.created_at >= $1 AND r.created_at < $2
)
SELECT to_char(week, 'YYYY-MM-DD') AS week,
       CASE WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING(cause) = 0 THEN 'cause'
            WHEN GROUPING(product) = 0 THEN 'product' WHEN GROUPING(department) = 0 THEN 'department'
            WHEN GROUPING(classification) = 0 THEN 'classification' ELSE 'total' END AS dimension,
       CASE WHEN GROUPING(category) = 0 THEN category WHEN GROUPING(cause) = 0 THEN cause
            WHEN GROUPING(product) = 0 THEN product WHEN GROUPING(department) = 0 THEN department
            WHEN GROUPING(classification) = 0 THEN classification ELSE 'all' END AS key,
       count(*)::int AS complaints
  FROM c
 GROUP BY GROUPING SETS ((week), (week, category), (week, cause), (week, product), (week, department), (week, classification))
 ORDER BY week, GROUPING(category), GROUPING(cause), GROUPING(product), GROUPING(department), GROUPING(classification), complaints DESC, key`,
    values: periodValues(period),
  };
}

/**
 * C-11: the monthly complaint report: volume by category, what was handled and settled within the
 * month, what is still open, the first response (K-1), SLA breaches, key-part defects (C-12).
 */
export function monthlyComplaintsQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'complaints-monthly',
    text: `
WITH months AS (
  SELECT generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE $3), ($2::timestamptz AT TIME ZONE $3) - interval '1 microsecond', interval '1 month') AS month
), c AS (
  SELECT date_trunc('month', r.created_at AT TIME ZONE $3) AS month, r.category, r.status, r.created_at, r.first_contacted_at,
         date_trunc('month', coalesce(r.resolved_at, r.closed_at) AT TIME ZONE $3) AS handled_month, r.satisfaction_score,
         r.satisfaction_answers, r.satisfied_answers
    FROM case_records r
   WHERE r.kind = 'complaint' AND r.created_at >= $1 AND r.created_at < $2
), agg AS (
  SELECT month,
         count(*)::int AS registered,
         count(*) FILTER (WHERE category = 'quality')::int AS quality,
         count(*) FILTER (WHERE category = 'service')::int AS service,
         count(*) FILTER (WHERE category = 'logistics')::int AS logistics,
         count(*) FILTER (WHERE category = 'billing')::int AS billing,
         count(*) FILTER (WHERE category = 'other')::int AS other,
         count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
         count(*) FILTER (WHERE status IN ${HANDLED})::int AS handled,
         count(*) FILTER (WHERE status IN ${HANDLED} AND handled_month = month)::int AS settled_within_month,
         count(*) FILTER (WHERE status NOT IN ${HANDLED} AND status <> 'cancelled')::int AS open,
         round((avg(extract(epoch FROM first_contacted_at - created_at)) / 3600)::numeric, 2)::float8 AS first_response_avg_hours,
         ${COMPLAINT_SATISFIED} AS satisfied,
         ${COMPLAINT_SCORED} AS scored
    FROM c GROUP BY month
), breaches AS (
  SELECT date_trunc('month', r.created_at AT TIME ZONE $3) AS month, count(*)::int AS sla_breaches
    FROM sla_breaches b JOIN case_records r ON r.case_no = b.case_no
   WHERE r.kind = 'complaint' AND r.created_at >= $1 AND r.created_at < $2
   GROUP BY 1
), defects AS (
  SELECT date_trunc('month', d.reported_at AT TIME ZONE $3) AS month, count(*)::int AS key_part_defects
    FROM key_part_defects d WHERE d.reported_at >= $1 AND d.reported_at < $2 GROUP BY 1
)
SELECT to_char(m.month, 'YYYY-MM') AS month,
       coalesce(a.registered, 0) AS registered, coalesce(a.quality, 0) AS quality, coalesce(a.service, 0) AS service,
       coalesce(a.logistics, 0) AS logistics, coalesce(a.billing, 0) AS billing, coalesce(a.other, 0) AS other,
       coalesce(a.cancelled, 0) AS cancelled, coalesce(a.handled, 0) AS handled,
       coalesce(a.settled_within_month, 0) AS settled_within_month, coalesce(a.open, 0) AS open,
       a.first_response_avg_hours, coalesce(a.scored, 0) AS scored, coalesce(a.satisfied, 0) AS satisfied,
       coalesce(b.sla_breaches, 0) AS sla_breaches, coalesce(d.key_part_defects, 0) AS key_part_defects
  FROM months m
  LEFT JOIN agg a ON a.month = m.month
  LEFT JOIN breaches b ON b.month = m.month
  LEFT JOIN defects d ON d.month = m.month
 ORDER BY m.month`,
    values: periodValues(period),
  };
}
