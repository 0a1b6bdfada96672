import { describe, expect, it } from 'vitest';
import { complaintActions, returnActions, type ComplaintFacts, type ReturnFacts } from './actions';
import { screensFor } from './roles';

const complaint = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  status: 'assigned',
  assignedAgent: 'AG-001',
  waitingForCustomer: false,
  departmentStatus: null,
  remedyRunning: false,
  ...over,
});
const enabledOf = (actions: Record<string, boolean>) => Object.keys(actions).filter((a) => actions[a]).sort();

describe('complaint actions by state and role', () => {
  it('an assigned case: its agent contacts, notes, waits or cancels; cannot resolve before contact', () => {
    expect(enabledOf(complaintActions(complaint(), 'agent', 'AG-001'))).toEqual(['cancel', 'contact', 'note', 'wait']);
  });

  it("another agent's case: nothing", () => {
    expect(enabledOf(complaintActions(complaint(), 'agent', 'AG-002'))).toEqual([]);
  });

  it('a supervisor may also reassign', () => {
    expect(enabledOf(complaintActions(complaint(), 'supervisor', 'SV-001'))).toEqual(['cancel', 'contact', 'note', 'reassign', 'wait']);
  });

  it('contacted: resolve and forward open up (C-3, C-7)', () => {
    const actions = complaintActions(complaint({ status: 'contacted' }), 'agent', 'AG-001');
    expect(actions.resolve).toBe(true);
    expect(actions.forward).toBe(true);
    expect(actions.confirmForward).toBe(false);
  });

  it('a forwarding request waits for a supervisor or manager to confirm (C-7)', () => {
    const facts = complaint({ status: 'contacted', departmentStatus: 'awaiting_confirmation' });
    expect(complaintActions(facts, 'agent', 'AG-001').confirmForward).toBe(false);
    expect(complaintActions(facts, 'agent', 'AG-001').forward).toBe(false);
    expect(complaintActions(facts, 'manager', 'MG-001').confirmForward).toBe(true);
  });

  it('waiting for the customer: resume instead of wait', () => {
    const actions = complaintActions(complaint({ status: 'contacted', waitingForCustomer: true }), 'agent', 'AG-001');
    expect(actions.resume).toBe(true);
    expect(actions.wait).toBe(false);
  });

  it('resolved: satisfaction or reopen, unless the remedy return still runs (C-8, C-10)', () => {
    expect(enabledOf(complaintActions(complaint({ status: 'resolved' }), 'agent', 'AG-001'))).toEqual(['contact', 'note', 'reopen', 'satisfaction']);
    const running = complaintActions(complaint({ status: 'resolved', remedyRunning: true }), 'agent', 'AG-001');
    expect(running.satisfaction).toBe(false);
    expect(running.reopen).toBe(false);
  });

  it('closed and cancelled cases take no action', () => {
    expect(enabledOf(complaintActions(complaint({ status: 'closed' }), 'admin', 'AD-001'))).toEqual([]);
    expect(enabledOf(complaintActions(complaint({ status: 'cancelled' }), 'manager', 'MG-001'))).toEqual([]);
  });

  it('warehouse and finance staff do not work complaints', () => {
    expect(enabledOf(complaintActions(complaint({ assignedAgent: 'WH-001' }), 'warehouse', 'WH-001'))).toEqual([]);
  });
});

const ret = (over: Partial<ReturnFacts> = {}): ReturnFacts => ({ status: 'requested', type: 'return_and_refund', shippingFeeDue: false, refundFailed: false, ...over });

describe('return actions by state and role', () => {
  it('requested: the agent approves, rejects or cancels; the warehouse and finance cannot', () => {
    expect(enabledOf(returnActions(ret(), 'agent'))).toEqual(['approve', 'cancel', 'reject']);
    expect(enabledOf(returnActions(ret(), 'warehouse'))).toEqual([]);
    expect(enabledOf(returnActions(ret(), 'finance'))).toEqual([]);
  });

  it('buyer shipped: the warehouse receives; received: the warehouse inspects (R-4, R-5)', () => {
    expect(enabledOf(returnActions(ret({ status: 'buyer_shipped' }), 'warehouse'))).toEqual(['receive']);
    expect(enabledOf(returnActions(ret({ status: 'received' }), 'warehouse'))).toEqual(['inspect']);
    expect(returnActions(ret({ status: 'received' }), 'agent').inspect).toBe(false);
  });

  it('refund only never has goods to receive', () => {
    expect(returnActions(ret({ type: 'refund_only', status: 'agreed' }), 'agent').ship).toBe(false);
  });

  it('a failed refund is retried by finance (R-4)', () => {
    expect(enabledOf(returnActions(ret({ status: 'refund_pending', refundFailed: true }), 'finance'))).toEqual(['retryRefund']);
    expect(returnActions(ret({ status: 'refund_pending', refundFailed: true }), 'agent').retryRefund).toBe(false);
  });

  it("an exchange's shipping fee is confirmed by finance (R-6)", () => {
    expect(returnActions(ret({ type: 'exchange', status: 'inspected', shippingFeeDue: true }), 'finance').payShipping).toBe(true);
  });

  it('supervisors and up may take every action the state allows', () => {
    expect(enabledOf(returnActions(ret({ status: 'buyer_shipped' }), 'supervisor'))).toEqual(['receive', 'reject']);
  });
});

describe('the menu follows the role', () => {
  it('agents work cases, managers also see the dashboard, admins everything', () => {
    expect(screensFor('agent')).not.toContain('dashboard');
    expect(screensFor('manager')).toContain('dashboard');
    expect(screensFor('admin')).toContain('admin');
    expect(screensFor('warehouse')).toEqual(['returns']);
  });
});
