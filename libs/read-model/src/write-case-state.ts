import type { CaseStateRecord } from './case-state-record';
import type { CaseViewSeal } from './case-view-seal';

// The read model's one write path: the intakes, the workflows' activity and the rebuild all write
// `case_records` through here, with rows built by `records/` (one builder per case type).

/** A DataSource or a transaction's EntityManager: an intake writes its row in its own transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/**
 * Upserts the case row. `newer`: only a higher state version applies (the workflows' writes);
 * `repair`: the same version applies too, so that the rebuild can correct a row that drifted.
 * Returns whether the row changed. The case view goes with its version: a write without one clears
 * the older view, so that a view is never answered under another version than its own.
 */
export async function writeCaseState(db: Queryable, record: CaseStateRecord, mode: 'newer' | 'repair' = 'newer', seal?: CaseViewSeal): Promise<boolean> {
  if (record.view !== undefined && !seal) throw new Error(`the view of ${record.caseNo} is stored sealed only: no seal was given`);
  const sealedView = record.view === undefined ? null : await seal!.seal(record.view);
  const result: unknown[] = await db.query(
    `INSERT INTO case_records
       (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, escalation_level, summary, state_version,
        source, problem_type, customer_rating, result,
        first_contacted_at, resolved_at, closed_at, satisfaction_score, cause, product_ref, department, case_view, product_model,
        classification, next_deadline_at, satisfaction_answers, satisfied_answers, description_tokens)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,
             (SELECT p.model FROM customer_products p WHERE upper(p.serial_no) = upper($21::text) LIMIT 1),
             $24, $25, $26, $27, $28::bigint[])
     ON CONFLICT (case_no) DO UPDATE SET
       status = EXCLUDED.status,
       category = COALESCE(EXCLUDED.category, case_records.category),
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
       satisfaction_answers = COALESCE(EXCLUDED.satisfaction_answers, case_records.satisfaction_answers),
       satisfied_answers = COALESCE(EXCLUDED.satisfied_answers, case_records.satisfied_answers),
       cause = COALESCE(EXCLUDED.cause, case_records.cause),
       product_ref = COALESCE(EXCLUDED.product_ref, case_records.product_ref),
       department = COALESCE(EXCLUDED.department, case_records.department),
       case_view = EXCLUDED.case_view,
       product_model = COALESCE(
         (SELECT p.model FROM customer_products p WHERE upper(p.serial_no) = upper(COALESCE(EXCLUDED.product_ref, case_records.product_ref)) LIMIT 1),
         case_records.product_model),
       classification = COALESCE(EXCLUDED.classification, case_records.classification),
       next_deadline_at = EXCLUDED.next_deadline_at,
       description_tokens = COALESCE(EXCLUDED.description_tokens, case_records.description_tokens),
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
      sealedView,
      record.classification ?? null,
      record.nextDeadlineAt ?? null,
      record.satisfactionAnswers ?? null,
      record.satisfiedAnswers ?? null,
      record.descriptionTokens ?? null,
    ],
  );
  return result.length > 0;
}
