import { DataSource } from 'typeorm';
import type { CaseKind } from '@libs/temporal/conventions';

export interface CaseStateRecord {
  caseNo: string;
  kind: CaseKind;
  workflowId: string;
  status: string;
  customerId: string;
  category: string | null;
  severity: string | null;
  assignedAgentCode: string | null;
  escalationLevel: number;
  summary: string;
  stateVersion: number;
  /** registered for every case where known. */
  source?: string | null;
  problemType?: string | null;
  customerRating?: string | null;
  result?: string | null;
}

export function createCaseReadModelActivities(dataSource: DataSource) {
  return {
    /**
     * Upserts the case row. A write carrying an older state version than the row's is ignored,
     * so retried or reordered activity executions never move the read model backwards.
     * Returns whether this write changed the row.
     */
    async recordCaseState(record: CaseStateRecord): Promise<boolean> {
      const result: unknown[] = await dataSource.query(
        `INSERT INTO case_records
           (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, escalation_level, summary, state_version,
            source, problem_type, customer_rating, result)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
         ON CONFLICT (case_no) DO UPDATE SET
           status = EXCLUDED.status,
           assigned_agent_code = EXCLUDED.assigned_agent_code,
           escalation_level = EXCLUDED.escalation_level,
           summary = EXCLUDED.summary,
           state_version = EXCLUDED.state_version,
           source = COALESCE(EXCLUDED.source, case_records.source),
           problem_type = COALESCE(EXCLUDED.problem_type, case_records.problem_type),
           customer_rating = COALESCE(EXCLUDED.customer_rating, case_records.customer_rating),
           result = EXCLUDED.result,
           updated_at = now()
         WHERE case_records.state_version < EXCLUDED.state_version
         RETURNING case_no`,
        [
          record.caseNo,
          record.kind,
          record.workflowId,
          record.status,
          record.customerId,
          record.category,
          record.severity,
          record.assignedAgentCode,
          record.escalationLevel,
          record.summary,
          record.stateVersion,
          record.source ?? null,
          record.problemType ?? null,
          record.customerRating ?? null,
          record.result ?? null,
        ],
      );
      return result.length > 0;
    },
  };
}
