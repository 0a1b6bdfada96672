// What the console reads from the API's answers, as the screens use them; they mirror the server's DTOs
// field for field. Moving each screen to the generated types of libs/api-client is the next step.

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ComplaintSummary {
  caseNo: string;
  workflowId: string;
  status: string;
  category: string | null;
  severity: string | null;
  assignedAgent: string | null;
  escalationLevel: number;
  customerNo: string;
  customerName: string;
  /** The earliest pending SLA deadline; null while the clock is paused or the case is over. */
  nextDeadlineAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SlaDeadline {
  target: string;
  at: string;
  remainingBusinessMs?: number;
}

export interface TimelineEntry {
  at: string;
  event: string;
  by: string;
  note?: string;
}

export interface ComplaintDetail {
  caseNo: string;
  status: string;
  category: string;
  severity: string;
  customerNo: string;
  assignedAgent: string | null;
  escalationLevel: number;
  remedy: string | null;
  remedyReturn?: { returnNo: string | null; type: string; status: string; result: string | null } | null;
  satisfaction: { score: number | null; comment: string | null; attempts: number; callDueAt?: string | null } | null;
  sla: { policy: string; calendar: string; timeZone: string; paused: boolean; pausedReason: string | null; deadlines: SlaDeadline[]; breached: string[] } | null;
  department: {
    department: string;
    status: string;
    requestedBy: string;
    note: string;
    confirmedBy: string | null;
    answer: { cause: string; correctiveActions: string[]; preventiveActions: string[] } | null;
    reason: string | null;
    round: number;
  } | null;
  timeline: TimelineEntry[];
}

export interface ReturnSummary {
  returnNo: string;
  type: string | null;
  status: string;
  customerNo: string | null;
  source: string | null;
  problemType: string | null;
  handler: string | null;
  result: string | null;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReturnDetail {
  returnNo: string;
  type: string;
  status: string;
  source: string;
  reason: string;
  customerNo: string;
  orderRef: string;
  items: Array<{ sku: string; quantity: number }>;
  amountFen: number;
  description: string;
  goodsState: string;
  handler: string | null;
  refundDueAt: string | null;
  inspectionQueuedAt: string | null;
  parcels: Array<{ purpose: string; courier: string; waybillNo: string; shippedAt: string; lastState: string | null; events: Array<{ state: string; at: string; courierAgentId?: string }> }>;
  inspection: { resellable: boolean; qualityProblem: boolean; notes: string; by: string; at: string } | null;
  refund: { refundId: string; amountFen: number; status: 'awaiting_confirmation' | 'requested' | 'paid' | 'failed'; attempts: number; failure: string | null; confirmedBy?: string | null } | null;
  exchange: { shippingFee: string | null; shippingFeeFen: number; paymentRef: string | null } | null;
  damageClaims: Array<{ claimId: string; waybillNo: string; kind: string; filedAt: string }>;
  deadlines: Array<{ id: string; at: string; action: string }>;
  result: string | null;
  complaintCaseNo: string | null;
  timeline: TimelineEntry[];
}

export interface Customer {
  customerNo: string;
  name: string;
  phone: string | null;
  tier: string;
  region: string | null;
  agent?: string | null;
  [key: string]: unknown;
}

export interface StaffMember {
  code: string;
  name: string;
  role: string;
  status: string;
  delegateCode?: string | null;
  [key: string]: unknown;
}
