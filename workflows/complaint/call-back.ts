import { described } from '../shared';
import type { ComplaintRun } from './complaint-run';
import { takesBranch } from './case-shape';

/**
 * F-10: a complaint closed after a department acted (the quality department answered with its
 * findings) starts the follow-up plan that calls the customer again, for the customer's own agent.
 * Histories recorded before this patch ended without it.
 */
export const CALL_BACK_AFTER_DEPARTMENT_PATCH = 'complaint-2026-11-30-call-back-after-department';

/** The emit is idempotent on the case number: a retried or repeated emit starts no second plan. */
export async function callBackAfterDepartment(run: ComplaintRun): Promise<void> {
  const { state, input } = run;
  if (state.status !== 'closed' || state.department?.status !== 'answered' || !takesBranch(CALL_BACK_AFTER_DEPARTMENT_PATCH)) return;
  await described(`Start the follow-up call after the department acted on ${input.caseNo} (F-10)`).emitFollowUpEvent({
    kind: 'complaint_closed_after_department',
    id: input.caseNo,
    customerId: input.customerId,
    occurredAt: Date.now(),
  });
}
