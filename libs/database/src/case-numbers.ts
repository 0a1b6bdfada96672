import { EntityManager } from 'typeorm';
import { businessDay, CaseNumberPrefix, formatCaseNumber } from '@libs/domain/cases/case-number';

/** Next case number of the business day. In a transaction the counter row stays locked until it ends: call it outside one. */
export async function allocateCaseNumber(manager: EntityManager, prefix: CaseNumberPrefix, now: Date, timeZone: string): Promise<string> {
  const day = businessDay(now, timeZone);
  const rows: Array<{ last_value: number }> = await manager.query(
    `INSERT INTO case_number_counters (prefix, day, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, day) DO UPDATE SET last_value = case_number_counters.last_value + 1
     RETURNING last_value`,
    [prefix, day],
  );
  return formatCaseNumber(prefix, day, rows[0].last_value);
}
