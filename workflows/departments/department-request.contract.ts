import type { Department, DepartmentError } from '@libs/departments/protocol';

/** One request to a department, run as a child workflow by the process that needs it. */
export interface DepartmentRequestInput {
  department: Department;
  kind: string;
  caseNo: string;
  payload: Record<string, unknown>;
  /** How long the department has to answer (from the SLA or return policy); then `timed_out`. */
  timeoutSeconds: number;
}

/** Never a hang: an answer, the department's refusal, or a timeout the parent escalates. */
export type DepartmentRequestOutcome =
  | { outcome: 'completed'; result: unknown }
  | { outcome: 'failed'; error: DepartmentError; reason: string }
  | { outcome: 'timed_out'; timeoutSeconds: number };

const payloadText = (input: DepartmentRequestInput, key: string) => String(input.payload[key] ?? '?');
const yuan = (input: DepartmentRequestInput) => (Number(input.payload.amountFen) / 100).toFixed(2);

/** The request kinds a department handles, with the activity and the UI summary of each call. */
export const DEPARTMENT_REQUEST_KINDS = {
  'quality/open-investigation': {
    activity: 'openQualityInvestigation',
    summary: (input: DepartmentRequestInput) => `Quality department: open investigation for ${input.caseNo}`,
  },
  'quality/report-key-part-defects': {
    activity: 'reportKeyPartDefects',
    summary: (input: DepartmentRequestInput) => `Quality department: report ${payloadText(input, 'defects')} ${payloadText(input, 'part')} defects (alert ${payloadText(input, 'alertId')})`,
  },
  'finance/pay-refund': {
    activity: 'payRefund',
    summary: (input: DepartmentRequestInput) => `Finance department: pay refund ${payloadText(input, 'refundId')} of CNY ${yuan(input)} for ${input.caseNo}`,
  },
  'finance/confirm-payment': {
    activity: 'confirmPaymentReceived',
    summary: (input: DepartmentRequestInput) => `Finance department: confirm payment ${payloadText(input, 'paymentRef')} received for ${input.caseNo}`,
  },
  'courier/ship-replacement': {
    activity: 'shipReplacement',
    summary: (input: DepartmentRequestInput) => `Courier: ship the replacement for ${input.caseNo}`,
  },
  'courier/track-waybill': {
    activity: 'trackWaybill',
    summary: (input: DepartmentRequestInput) => `Courier: track waybill ${payloadText(input, 'waybillNo')} for ${input.caseNo}`,
  },
  'courier/file-damage-claim': {
    activity: 'fileDamageClaim',
    summary: (input: DepartmentRequestInput) => `Courier: ${payloadText(input, 'kind')} claim ${payloadText(input, 'claimId')} on waybill ${payloadText(input, 'waybillNo')} for ${input.caseNo}`,
  },
  'sales/hand-over-lead': {
    activity: 'handOverLead',
    summary: (input: DepartmentRequestInput) => `Sales department: hand over lead ${payloadText(input, 'leadId')} from ${input.caseNo}`,
  },
} as const;

export type DepartmentRequestKind = keyof typeof DEPARTMENT_REQUEST_KINDS;

/** Kinds the department answers later by callback; all others are short calls answered in the response. */
export const ANSWERED_BY_CALLBACK: ReadonlySet<DepartmentRequestKind> = new Set(['quality/open-investigation', 'courier/file-damage-claim']);

/**
 * A short call that gets no response within this time is tried again (same idempotency key) while
 * the answer window lasts: a worker killed mid-call must not leave the request hanging to the end.
 */
export const SHORT_CALL_ATTEMPT_MS = 10_000;
