import { DataSource } from 'typeorm';
import type { CaseKind } from '@libs/temporal/conventions';

// The read model's one write path: the workflows' activity and the rebuild command both use it.
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
  // For the reports (K-1, K-2, K-4, C-5, C-11). Left out or null keeps what the row holds.
  /** K-1: when the customer was first reached (ISO date-time). */
  firstContactedAt?: string | null;
  /** C-5 / K-4: when the case was last resolved. */
  resolvedAt?: string | null;
  closedAt?: string | null;
  /** C-8 / K-2: the satisfaction score (1-5) of the latest satisfaction call. */
  satisfactionScore?: number | null;
  /** C-11: the cause found (e.g. the quality department's answer). */
  cause?: string | null;
  /** C-11: the product's serial/VIN (its model is looked up from the customer file), or the model itself. */
  productRef?: string | null;
  /** C-11: the department responsible (e.g. `quality` once forwarded). */
  department?: string | null;
}

/**
 * Upserts the case row. `newer`: only a higher state version applies (the workflows' writes);
 * `repair`: the same version applies too, so that the rebuild can correct a row that drifted.
 * Returns whether the row changed.
 */
export async function writeCaseState(dataSource: DataSource, record: CaseStateRecord, mode: 'newer' | 'repair' = 'newer'): Promise<boolean> {
  const result: unknown[] = await dataSource.query(
    `INSERT INTO case_records
       (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, escalation_level, summary, state_version,
        source, problem_type, customer_rating, result,
        first_contacted_at, resolved_at, closed_at, satisfaction_score, cause, product_ref, department, product_model)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,
             (SELECT p.model FROM customer_products p WHERE upper(p.serial_no) = upper($21::text) LIMIT 1))
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
       first_contacted_at = COALESCE(EXCLUDED.first_contacted_at, case_records.first_contacted_at),
       resolved_at = COALESCE(EXCLUDED.resolved_at, case_records.resolved_at),
       closed_at = COALESCE(EXCLUDED.closed_at, case_records.closed_at),
       satisfaction_score = COALESCE(EXCLUDED.satisfaction_score, case_records.satisfaction_score),
       cause = COALESCE(EXCLUDED.cause, case_records.cause),
       product_ref = COALESCE(EXCLUDED.product_ref, case_records.product_ref),
       department = COALESCE(EXCLUDED.department, case_records.department),
       product_model = COALESCE(
         (SELECT p.model FROM customer_products p WHERE upper(p.serial_no) = upper(COALESCE(EXCLUDED.product_ref, case_records.product_ref)) LIMIT 1),
         case_records.product_model),
       updated_at = now()
     WHERE case_records.state_version ${mode === 'repair' ? '<=' : '<'} EXCLUDED.state_version
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
      record.firstContactedAt ?? null,
      record.resolvedAt ?? null,
      record.closedAt ?? null,
      record.satisfactionScore ?? null,
      record.cause ?? null,
      record.productRef ?? null,
      record.department ?? null,
    ],
  );
  return result.length > 0;
}
