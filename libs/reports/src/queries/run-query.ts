import { DataSource } from 'typeorm';
import type { SqlQuery } from './sql-query';

/** Memory for the grouping of a report, so that a year of complaints aggregates without spilling to disk. */
export const REPORT_WORK_MEM = '32MB';

/** Runs a report statement in its own short transaction with the report's work memory. */
export async function runReportQuery<T = Record<string, unknown>>(db: DataSource, q: Pick<SqlQuery, 'text' | 'values'>): Promise<T[]> {
  return db.transaction(async (m) => {
    await m.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    return m.query(q.text, q.values);
  });
}
