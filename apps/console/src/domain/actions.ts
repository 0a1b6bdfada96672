// Which action buttons are enabled, from the case's state and the user's role. This only mirrors the
// server's transition tables (libs/domain complaint-lifecycle, return-lifecycle) to grey out buttons; the
// server decides, and a refused action shows its message.
import { isSupervisorOrUp, worksCases, type Role } from './roles';

export type ComplaintAction = 'contact' | 'note' | 'wait' | 'resume' | 'forward' | 'confirmForward' | 'resolve' | 'satisfaction' | 'reopen' | 'cancel' | 'reassign';

export interface ComplaintFacts {
  status: string;
  assignedAgent: string | null;
  /** True while the case waits for the customer (paused clock with a customer reason). */
  waitingForCustomer: boolean;
  departmentStatus: string | null;
  /** The remedy's return request is still running (C-10): satisfaction and reopening wait for it. */
  remedyRunning: boolean;
}

const FINAL = ['closed', 'cancelled'];
const BEFORE_RESOLUTION = ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'reopened'];
const FORWARDABLE = ['contacted', 'department_answered', 'department_timed_out', 'reopened'];

export function complaintActions(facts: ComplaintFacts, role: Role, me: string): Record<ComplaintAction, boolean> {
  const mayAct = isSupervisorOrUp(role) || (role === 'agent' && facts.assignedAgent === me);
  const open = !FINAL.includes(facts.status);
  const s = facts.status;
  const enabled: Record<ComplaintAction, boolean> = {
    contact: open && s !== 'registered',
    note: open,
    wait: open && !['resolved', 'satisfaction_confirmed', 'forwarded'].includes(s) && !facts.waitingForCustomer,
    resume: facts.waitingForCustomer,
    forward: FORWARDABLE.includes(s) && facts.departmentStatus !== 'awaiting_confirmation',
    confirmForward: isSupervisorOrUp(role) && facts.departmentStatus === 'awaiting_confirmation' && FORWARDABLE.includes(s),
    resolve: FORWARDABLE.includes(s),
    satisfaction: s === 'resolved' && !facts.remedyRunning,
    reopen: s === 'resolved' && !facts.remedyRunning,
    cancel: BEFORE_RESOLUTION.includes(s),
    reassign: isSupervisorOrUp(role) && open,
  };
  if (!mayAct || !worksCases(role)) for (const key of Object.keys(enabled) as ComplaintAction[]) enabled[key] = false;
  return enabled;
}

export type ReturnAction = 'approve' | 'reject' | 'modify' | 'ship' | 'receive' | 'inspect' | 'payShipping' | 'retryRefund' | 'cancel';

export interface ReturnFacts {
  status: string;
  type: string;
  /** A replacement's shipping fee is asked of the customer. */
  shippingFeeDue: boolean;
  /** The last refund attempt failed. */
  refundFailed: boolean;
}

/** Who takes which return action (issue 17): agents the seller's decisions, the warehouse the goods, finance the money. */
const RETURN_ROLES: Record<ReturnAction, readonly Role[]> = {
  approve: ['agent'],
  reject: ['agent'],
  modify: ['agent'],
  ship: ['agent'],
  cancel: ['agent'],
  receive: ['warehouse'],
  inspect: ['warehouse'],
  payShipping: ['finance'],
  retryRefund: ['finance'],
};

export function returnActions(facts: ReturnFacts, role: Role): Record<ReturnAction, boolean> {
  const withGoods = facts.type !== 'refund_only';
  const s = facts.status;
  const byState: Record<ReturnAction, boolean> = {
    approve: s === 'requested',
    reject: s === 'requested' || (withGoods && s === 'buyer_shipped'),
    modify: s === 'rejected',
    ship: withGoods && s === 'agreed',
    receive: withGoods && s === 'buyer_shipped',
    inspect: withGoods && s === 'received',
    payShipping: facts.type === 'exchange' && facts.shippingFeeDue,
    retryRefund: facts.refundFailed,
    cancel: ['requested', 'agreed', 'rejected'].includes(s),
  };
  const result = {} as Record<ReturnAction, boolean>;
  for (const action of Object.keys(byState) as ReturnAction[]) {
    result[action] = byState[action] && (isSupervisorOrUp(role) || RETURN_ROLES[action].includes(role));
  }
  return result;
}
