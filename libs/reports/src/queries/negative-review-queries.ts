import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { periodValues, SqlQuery } from './sql-query';

/** C-15: negative reviews recorded per week (Monday start), by platform and in all, as rows of the weekly report. */
export function weeklyNegativeReviewsQuery(period: ReportPeriod): SqlQuery {
  return {
    name: 'negative-reviews-weekly',
    text: `
WITH r AS (
  SELECT date_trunc('week', n.recorded_at AT TIME ZONE $3)::date AS week, n.platform
    FROM negative_reviews n
   WHERE n.recorded_at >= $1 AND n.recorded_at < $2
)
SELECT to_char(week, 'YYYY-MM-DD') AS week, 'negative_reviews' AS dimension, coalesce(platform, 'all') AS key, count(*)::int AS complaints
  FROM r
 GROUP BY GROUPING SETS ((week, platform), (week))
 ORDER BY week, GROUPING(platform), complaints DESC, key`,
    values: periodValues(period),
  };
}
