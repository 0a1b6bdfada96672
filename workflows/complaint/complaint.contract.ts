// Messages of the complaint workflow, importable by the API without pulling in workflow code.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseClassification } from '@libs/domain/complaints/case-classification';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import type { ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { KeyPart } from '@libs/domain/complaints/key-parts';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import type { SlaTargetId } from '@libs/domain/sla/sla-targets';
import type { ReturnStatus, ReturnType } from '@libs/domain/returns/return-lifecycle';

export interface ComplaintInput {
  caseNo: string;
  customerId: string;
  customerNo: string;
  customerTier: CustomerTier;
  channel: ComplaintChannel;
  /** C-2: repair, consultation or complaint (absent in histories from before: a complaint). */
  classification?: CaseClassification;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  productRef?: string;
  registeredBy: string;
  /** C-9: product quality, packaging defects or malicious competition: the supervisor is told at once. */
  majorInformation?: boolean;
  /** C-12: the key part found defective, counted across complaints. */
  keyPart?: KeyPart;
  /** F-10: the follow-up call whose dissatisfied customer started this complaint. */
  fromFollowUpCall?: FollowUpCallLink;
}

/** F-10: the follow-up call (plan, call and attempt) a complaint came from. */
export interface FollowUpCallLink {
  planId: string;
  callId: string;
  attemptNo: number;
}

export interface TimelineEntry {
  at: string;
  event: string;
  by: string;
  note?: string;
}

export interface SlaDeadlineView {
  target: SlaTargetId;
  at: string;
}

export interface SlaView {
  policy: string;
  calendar: string;
  /** The calendar version the case keeps for life (null on 24x7); deadlines never move with a later import. */
  calendarVersion: number | null;
  timeZone: string;
  /** The clock stops while the case waits for the customer or a department. */
  paused: boolean;
  pausedReason: string | null;
  /** Pending deadlines, earliest first (empty while paused). */
  deadlines: SlaDeadlineView[];
  breached: SlaTargetId[];
}

/** C-4 / C-7: the case at a department: asked by the agent, confirmed by the manager, answered later. */
export interface DepartmentView {
  department: 'quality';
  status: 'awaiting_confirmation' | 'waiting' | 'answered' | 'refused' | 'timed_out';
  requestedBy: string;
  note: string;
  confirmedBy: string | null;
  /** The department's findings: cause, corrective and preventive actions (C-4). */
  answer: { cause: string; correctiveActions: string[]; preventiveActions: string[] } | null;
  reason: string | null;
  round: number;
}

export const REMEDIES = ['repair', 'replace', 'refund', 'compensation', 'explanation'] as const;
export type Remedy = (typeof REMEDIES)[number];

/** C-10: the remedies carried out as a return request, which the complaint waits for. */
export const REMEDIES_BY_RETURN: readonly Remedy[] = ['refund', 'replace'];

/** What a refund or replacement remedy hands to its return request. */
export interface RemedyReturnRequest {
  /** A refund: with the goods back (`return_and_refund`) or without (`refund_only`); a replacement is an `exchange`. */
  type?: 'refund_only' | 'return_and_refund';
  orderRef: string;
  items: Array<{ sku: string; quantity: number }>;
  amountFen: number;
}

/** The return request a remedy started, and how it ended. */
export interface RemedyReturnView {
  returnNo: string | null;
  type: ReturnType;
  status: 'opening' | 'running' | ReturnStatus;
  result: string | null;
}

export interface ComplaintState {
  caseNo: string;
  status: ComplaintStatus;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  customerNo: string;
  assignedAgent: string | null;
  escalationLevel: number;
  stateVersion: number;
  remedy: Remedy | null;
  /** C-8: the satisfaction call after resolution: when it is due and what it gave. */
  satisfaction: { score: number | null; comment: string | null; attempts: number; callDueAt?: string | null; nextAttemptAt?: string | null } | null;
  sla: SlaView | null;
  department: DepartmentView | null;
  /** C-10: the return request carrying out a refund or replacement; the satisfaction call waits for it. */
  remedyReturn?: RemedyReturnView | null;
  /** F-10: the follow-up call the complaint came from, or null. */
  fromFollowUpCall?: FollowUpCallLink | null;
  /** Data of this case the database refused (never the value): the read model cannot hold the case until staff correct it. */
  dataProblem?: DataProblem | null;
  timeline: TimelineEntry[];
}

export interface DataProblem {
  code: 'DATA_NOT_STORABLE';
  sqlState: string;
  /** The step (activity) that could not store the data. */
  step: string;
}

export interface ActorRequest {
  by: string;
}
export interface CancelRequest extends ActorRequest {
  reason: string;
}
export interface ReassignRequest extends ActorRequest {
  agent: string;
  reason?: string;
}
export interface ContactRequest extends ActorRequest {
  summary: string;
}
export interface WaitRequest extends ActorRequest {
  reason: string;
}
export interface ResolveRequest extends ActorRequest {
  remedy: Remedy;
  summary: string;
  /** Required for a refund or replacement (C-10). */
  returnRequest?: RemedyReturnRequest;
}
export interface SatisfactionRequest extends ActorRequest {
  reached: boolean;
  score?: number;
  comment?: string;
}
export interface ForwardRequest extends ActorRequest {
  note: string;
}
export interface NoteRequest extends ActorRequest {
  text: string;
}

export const complaintStateQuery = defineQuery<ComplaintState>('complaintState');
export const cancelComplaintUpdate = defineUpdate<ComplaintState, [CancelRequest]>('cancelComplaint');
/** A-7 / supervisors: move the case to another agent; the workflow learns its new owner. */
export const reassignComplaintUpdate = defineUpdate<ComplaintState, [ReassignRequest]>('reassignComplaint');
/** C-3: the agent reached the customer. */
export const contactComplaintUpdate = defineUpdate<ComplaintState, [ContactRequest]>('contactComplaint');
/** The case waits for the customer: the SLA clock stops until `resume` or the next contact. */
export const waitForCustomerUpdate = defineUpdate<ComplaintState, [WaitRequest]>('waitForCustomer');
export const resumeComplaintUpdate = defineUpdate<ComplaintState, [ActorRequest]>('resumeComplaint');
/** C-10: the remedy decided and told to the customer (C-6: the same day). */
export const resolveComplaintUpdate = defineUpdate<ComplaintState, [ResolveRequest]>('resolveComplaint');
/** C-8: outcome of the satisfaction call; a score of 2 or less reopens the case. */
export const recordSatisfactionUpdate = defineUpdate<ComplaintState, [SatisfactionRequest]>('recordSatisfaction');
export const reopenComplaintUpdate = defineUpdate<ComplaintState, [CancelRequest]>('reopenComplaint');
/** C-4 / C-7: the agent asks to hand the case to the quality department... */
export const requestForwardUpdate = defineUpdate<ComplaintState, [ForwardRequest]>('requestForward');
/** ...and the manager confirms before it goes (C-7). */
export const confirmForwardUpdate = defineUpdate<ComplaintState, [ActorRequest]>('confirmForward');
/** C-13: every call and note is logged on the case. */
export const addNoteUpdate = defineUpdate<ComplaintState, [NoteRequest]>('addNote');
