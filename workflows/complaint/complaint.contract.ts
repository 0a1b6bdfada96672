// Messages of the complaint workflow, importable by the API without pulling in workflow code.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import type { ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';

export interface ComplaintInput {
  caseNo: string;
  customerId: string;
  customerNo: string;
  customerTier: CustomerTier;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  productRef?: string;
  registeredBy: string;
}

export interface TimelineEntry {
  at: string;
  event: string;
  by: string;
  note?: string;
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
  timeline: TimelineEntry[];
}

export interface CancelRequest {
  reason: string;
  by: string;
}

export interface ReassignRequest {
  agent: string;
  by: string;
  reason?: string;
}

export const complaintStateQuery = defineQuery<ComplaintState>('complaintState');
export const cancelComplaintUpdate = defineUpdate<ComplaintState, [CancelRequest]>('cancelComplaint');
/** A-7 / supervisors: move the case to another agent; the workflow learns its new owner. */
export const reassignComplaintUpdate = defineUpdate<ComplaintState, [ReassignRequest]>('reassignComplaint');
