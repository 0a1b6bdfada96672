import type { Acting } from '@libs/audit';
import { CaseIntakeDeps, openCase } from '@libs/cases/open-case';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import type { KeyPart } from '@libs/domain/complaints/key-parts';
import type { CaseClassification } from '@libs/domain/complaints/case-classification';
import { complaintCaseRecord } from '@libs/read-model/records/complaint-record';
import { EscalationLevel } from '@libs/temporal/search-attributes';
import type { ComplaintInput, FollowUpCallLink } from '@workflows/complaint/complaint.contract';

/** What registering a complaint takes: the fields of `POST /complaints`. */
export interface ComplaintRegistration {
  customerNo: string;
  channel: ComplaintChannel;
  /** C-2: absent means a complaint. */
  classification?: CaseClassification;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  productRef?: string;
  majorInformation?: boolean;
  keyPart?: KeyPart;
  /** F-10: the follow-up call the complaint comes from (set by the follow-up, not by `POST /complaints`). */
  fromFollowUpCall?: FollowUpCallLink;
}

export type ComplaintRegistrationDeps = CaseIntakeDeps;

export interface IntakeResult {
  caseNo: string;
  created: boolean;
}

/**
 * C-1: registers a complaint: case number, read-model row and workflow, all or nothing. Used by the
 * API's intake and by the follow-up activity that turns a dissatisfied customer into a complaint (F-10);
 * an idempotency key makes a retry by the same caller return the same case.
 */
export async function registerComplaint(deps: ComplaintRegistrationDeps, acting: Acting, dto: ComplaintRegistration, idempotencyKey?: string): Promise<IntakeResult> {
  const opened = await openCase<ComplaintInput>(deps, acting, {
    kind: 'complaint',
    workflowType: 'complaintWorkflow',
    body: dto,
    idempotencyScope: 'complaints.create',
    idempotencyKey,
    customerNo: dto.customerNo,
    input: (caseNo, customer) => ({ ...dto, caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: customer.tier, registeredBy: acting.principal.actor }),
    record: (input, openedAt) => complaintCaseRecord(input, null, openedAt),
    // The complaint list finds it by its description through keyed tokens only.
    description: (input) => input.description,
    audit: (input) => ({ action: 'complaint.register', details: { classification: input.classification ?? 'complaint', category: input.category, severity: input.severity } }),
    status: 'registered',
    searchAttributes: [{ key: EscalationLevel, value: 0 }],
    summary: (input) => `Complaint ${input.caseNo} · ${input.category}/${input.severity} · ${input.customerNo} (${input.customerTier})`,
    details: (input) => [
      `**Case:** ${input.caseNo}`,
      `**Customer file:** ${input.customerNo} (${input.customerTier})`,
      `**Channel:** ${input.channel}`,
      `**Category / severity:** ${input.category} / ${input.severity}`,
      `**Product / order:** ${input.productRef ?? '—'}`,
      `**Registered by:** ${input.registeredBy}`,
    ],
    logLine: (input) => `Complaint ${input.caseNo} registered for ${input.customerNo} (${input.category}/${input.severity})`,
    logContext: 'ComplaintIntakeService',
  });
  return { caseNo: opened.id, created: opened.created };
}
