import type { CaseStateRecord } from './case-state-record';
import { StatementParameters } from '@libs/database';
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
  const params = new StatementParameters();
  const upsert = caseStateUpsert(record, await sealedViewOf(record, seal), mode, params);
  const result: unknown[] = await db.query(`${upsert} RETURNING case_no`, params.values);
  return result.length > 0;
}

/** The row's case view as stored: sealed, or null when the write carries none. */
export async function sealedViewOf(record: CaseStateRecord, seal?: CaseViewSeal): Promise<Buffer | null> {
  if (record.view === undefined) return null;
  if (!seal) throw new Error(`the view of ${record.caseNo} is stored sealed only: no seal was given`);
  return seal.seal(record.view);
}

/**
 * The upsert of `writeCaseState` as one part of a statement (an intake writes it together with its
 * idempotency record and audit row), its values bound in `params`; without RETURNING.
 */
export function caseStateUpsert(record: CaseStateRecord, sealedView: Buffer | null, mode: 'newer' | 'repair', params: StatementParameters): string {
  const v = (value: unknown) => params.bind(value ?? null);
  const productRef = v(record.productRef);
  return `INSERT INTO case_records
       (case_no, kind, workflow_id, status, customer_id, category, severity, assigned_agent_code, escalation_level, summary, state_version,
        source, problem_type, customer_rating, result,
        first_contacted_at, resolved_at, closed_at, satisfaction_score, cause, product_ref, department, case_view, product_model,
        classification, next_deadline_at, satisfaction_answers, satisfied_answers, description_tokens)
     VALUES (${v(record.caseNo)}, ${v(record.kind)}, ${v(record.workflowId)}, ${v(record.status)}, ${v(record.customerId)}, ${v(record.category)},
             ${v(record.severity)}, ${v(record.assignedAgentCode)}, ${v(record.escalationLevel)}, ${v(record.summary)}, ${v(record.stateVersion)},
             ${v(record.source)}, ${v(record.problemType)}, ${v(record.customerRating)}, ${v(record.result)},
             ${v(record.firstContactedAt)}, ${v(record.resolvedAt)}, ${v(record.closedAt)}, ${v(record.satisfactionScore)}, ${v(record.cause)},
             ${productRef}, ${v(record.department)}, ${v(sealedView)},
             (SELECT p.model FROM customer_products p WHERE upper(p.serial_no) = upper(${productRef}::text) LIMIT 1),
             ${v(record.classification)}, ${v(record.nextDeadlineAt)}, ${v(record.satisfactionAnswers)}, ${v(record.satisfiedAnswers)},
             ${v(record.descriptionTokens)}::bigint[])
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
     WHERE case_records.state_version ${mode === 'repair' ? '<=' : '<'} EXCLUDED.state_version`;
}
