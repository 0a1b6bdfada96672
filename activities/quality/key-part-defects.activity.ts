import { DataSource } from 'typeorm';
import { DEFAULT_KEY_PART_ALERT_RULE, KeyPart, needsKeyPartAlert } from '@libs/domain/complaints/key-parts';

export interface KeyPartAlert {
  alertId: string;
  part: KeyPart;
  defects: number;
  windowDays: number;
  /** The complaints behind the alert, for the quality department. */
  caseNos: string[];
}

export function createKeyPartActivities(dataSource: DataSource) {
  return {
    /**
     * C-12: counts the defect against its part; when the part crosses the threshold within the window
     * and no alert is open for it, opens one and returns it. Safe to retry: one row per case and part.
     */
    async recordKeyPartDefect(defect: { caseNo: string; part: KeyPart; productRef?: string }): Promise<KeyPartAlert | null> {
      const rule = DEFAULT_KEY_PART_ALERT_RULE;
      return dataSource.transaction(async (tx) => {
        // One part at a time, so that two complaints crossing the threshold together raise one alert.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('key-part:' || $1))`, [defect.part]);
        await tx.query(`INSERT INTO key_part_defects (case_no, part, product_ref) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          defect.caseNo,
          defect.part,
          defect.productRef ?? null,
        ]);
        const existing: Array<{ id: string; defects: number }> = await tx.query(
          `SELECT id, defects FROM key_part_alerts WHERE part = $1 AND trigger_case_no = $2`,
          [defect.part, defect.caseNo],
        );
        const casesInWindow = async (): Promise<string[]> =>
          (
            await tx.query(`SELECT case_no FROM key_part_defects WHERE part = $1 AND reported_at > now() - make_interval(days => $2) ORDER BY reported_at, case_no`, [
              defect.part,
              rule.windowDays,
            ])
          ).map((r: { case_no: string }) => r.case_no);
        // A retried activity gets the alert it raised the first time.
        if (existing.length) {
          return { alertId: String(existing[0].id), part: defect.part, defects: existing[0].defects, windowDays: rule.windowDays, caseNos: await casesInWindow() };
        }
        const [{ count }] = await tx.query(
          `SELECT count(*)::int AS count FROM key_part_defects WHERE part = $1 AND reported_at > now() - make_interval(days => $2)`,
          [defect.part, rule.windowDays],
        );
        const open: unknown[] = await tx.query(`SELECT 1 FROM key_part_alerts WHERE part = $1 AND open_until > now()`, [defect.part]);
        if (!needsKeyPartAlert(count, open.length > 0, rule)) return null;
        const [{ id }] = await tx.query(
          `INSERT INTO key_part_alerts (part, defects, window_days, open_until, trigger_case_no) VALUES ($1, $2, $3, now() + make_interval(days => $3), $4) RETURNING id`,
          [defect.part, count, rule.windowDays, defect.caseNo],
        );
        return { alertId: String(id), part: defect.part, defects: count, windowDays: rule.windowDays, caseNos: await casesInWindow() };
      });
    },
  };
}
