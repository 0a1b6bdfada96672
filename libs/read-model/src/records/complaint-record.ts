// The read-model row of a complaint: one builder for the intake, the live workflow and the rebuild.
// Pure and type-only imports of the contract: the complaint workflow bundles this file.
import { complaintReportFields } from '@libs/domain/cases/case-report-fields';
import { DEFAULT_CLASSIFICATION } from '@libs/domain/complaints/case-classification';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { ComplaintInput, ComplaintState } from '@workflows/complaint/complaint.contract';
import type { CaseStateRecord } from '../case-state-record';

/** What the row takes from the start input: the query's state does not carry these. */
export type ComplaintFacts = Pick<ComplaintInput, 'caseNo' | 'customerId' | 'category' | 'severity' | 'channel' | 'productRef' | 'classification'> &
  Partial<Pick<ComplaintInput, 'customerNo' | 'registeredBy'>>;

/**
 * The row for a complaint as its state stands (`state` from the workflow or its query), or as the
 * intake opens it (`null`: registered, nobody assigned, version 0). The row carries the case view
 * at its version: the state itself, or, from an intake that says when (`openedAt`), the case as
 * registered, so that the case reads before its workflow has recorded anything.
 */
export function complaintCaseRecord(facts: ComplaintFacts, state: ComplaintState | null, openedAt?: Date): CaseStateRecord {
  const view = state ?? (openedAt ? registeredView(facts, openedAt) : undefined);
  return {
    caseNo: facts.caseNo,
    kind: 'complaint',
    workflowId: workflowIdFor.complaint(facts.caseNo),
    status: state?.status ?? 'registered',
    customerId: facts.customerId,
    classification: facts.classification ?? DEFAULT_CLASSIFICATION,
    category: facts.category,
    severity: facts.severity,
    assignedAgentCode: state?.assignedAgent ?? null,
    escalationLevel: state?.escalationLevel ?? 0,
    summary: `${facts.category}/${facts.severity} via ${facts.channel}`,
    stateVersion: state?.stateVersion ?? 0,
    // What the reports count (K-1, C-5, C-8, C-11), taken from the case as it stands.
    ...(state ? complaintReportFields(state) : {}),
    productRef: facts.productRef ?? null,
    // The complaint list sorts by it: the earliest pending SLA deadline, none while paused or over.
    nextDeadlineAt: state?.sla?.deadlines[0]?.at ?? null,
    ...(view ? { view } : {}),
  };
}

/** C-1: the case as registered, before its workflow has recorded a version (version 0). */
function registeredView(facts: ComplaintFacts, openedAt: Date): ComplaintState | undefined {
  if (!facts.customerNo || !facts.registeredBy) return undefined;
  return {
    caseNo: facts.caseNo,
    status: 'registered',
    category: facts.category,
    severity: facts.severity,
    customerNo: facts.customerNo,
    assignedAgent: null,
    escalationLevel: 0,
    stateVersion: 0,
    remedy: null,
    satisfaction: null,
    sla: null,
    department: null,
    timeline: [{ at: openedAt.toISOString(), event: 'registered', by: facts.registeredBy, note: `channel ${facts.channel}` }],
  };
}
