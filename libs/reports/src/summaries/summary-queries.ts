import type { ReportPeriod } from '@libs/domain/reports/report-period';
import type { SqlQuery } from '../queries/sql-query';

// K-7: the figures of the supervisor's summary, each over the summary's period ($1 inclusive, $2 exclusive).

/** What was registered and handled: cases by classification (C-2) and category, returns, follow-up plans, reviews, parts shipments. */
export function summaryVolumesQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'summary-volumes',
    text: `
SELECT (SELECT coalesce(json_object_agg(k, n), '{}') FROM (
          SELECT coalesce(classification, 'complaint') AS k, count(*)::int AS n FROM case_records
           WHERE kind = 'complaint' AND created_at >= $1 AND created_at < $2 GROUP BY 1) x) AS by_classification,
       (SELECT coalesce(json_object_agg(k, n), '{}') FROM (
          SELECT coalesce(category, 'unknown') AS k, count(*)::int AS n FROM case_records
           WHERE kind = 'complaint' AND created_at >= $1 AND created_at < $2 GROUP BY 1) x) AS by_category,
       (SELECT count(*)::int FROM case_records WHERE kind = 'return' AND created_at >= $1 AND created_at < $2) AS returns,
       (SELECT count(*)::int FROM case_records WHERE kind = 'followup' AND created_at >= $1 AND created_at < $2) AS follow_up_plans,
       (SELECT count(*)::int FROM negative_reviews WHERE recorded_at >= $1 AND recorded_at < $2) AS negative_reviews,
       (SELECT count(*)::int FROM parts_shipments WHERE shipped_at >= $1 AND shipped_at < $2) AS parts_shipments`,
    values: [period.from, period.to],
  };
}

/** C-11: the five causes found most often in the period's complaints. */
export function summaryTopCausesQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'summary-top-causes',
    text: `
SELECT cause, count(*)::int AS complaints FROM case_records
 WHERE kind = 'complaint' AND cause IS NOT NULL AND created_at >= $1 AND created_at < $2
 GROUP BY cause ORDER BY complaints DESC, cause LIMIT 5`,
    values: [period.from, period.to],
  };
}

/** C-12: defects per key part, and the alerts raised, in the period. */
export function summaryKeyPartsQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'summary-key-parts',
    text: `
SELECT (SELECT coalesce(json_agg(d ORDER BY d.defects DESC, d.part), '[]') FROM (
          SELECT part, count(*)::int AS defects FROM key_part_defects WHERE reported_at >= $1 AND reported_at < $2 GROUP BY part) d) AS defects,
       (SELECT coalesce(json_agg(json_build_object('part', a.part, 'defects', a.defects, 'raisedAt', a.raised_at) ORDER BY a.raised_at), '[]')
          FROM key_part_alerts a WHERE a.raised_at >= $1 AND a.raised_at < $2) AS alerts`,
    values: [period.from, period.to],
  };
}

/** K-8: staff members with file hand-overs due in the period that were late or are still missing ($3: now). */
export function summaryLateHandOversQuery(period: ReportPeriod, now: Date): SqlQuery {
  return {
    name: 'summary-late-hand-overs',
    text: `
SELECT e.responsible_staff_code AS staff, s.name, count(*)::int AS breaches
  FROM customer_file_events e LEFT JOIN staff_members s ON s.code = e.responsible_staff_code
 WHERE e.due_at >= $1 AND e.due_at < $2 AND (e.filed_at > e.due_at OR (e.filed_at IS NULL AND e.due_at < $3))
 GROUP BY e.responsible_staff_code, s.name ORDER BY breaches DESC, staff`,
    values: [period.from, period.to, now],
  };
}
