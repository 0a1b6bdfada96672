import { ApplicationFailure } from '@temporalio/common';
import { COMPLAINT_STATUSES, ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { ComplaintCase } from './complaint-case';
import type { ComplaintInput, DepartmentView, RemedyReturnView } from './complaint.contract';

const input: ComplaintInput = {
  caseNo: 'CP-20261130-0001',
  customerId: 'c-1',
  customerNo: 'CU-0001',
  customerTier: 'regular',
  channel: 'phone',
  category: 'quality',
  severity: 'normal',
  description: 'motor stops',
  registeredBy: 'AG-001',
};
const by = 'AG-001';
const returnRequest = { orderRef: 'SO-1', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 };

/** A case in `status`, owned by AG-001, with whatever else the row needs. */
function caseIn(status: ComplaintStatus, extra: Partial<Pick<ComplaintCase, 'waitingForCustomer' | 'department' | 'remedyReturn'>> = {}): ComplaintCase {
  const c = new ComplaintCase(input);
  c.status = status;
  c.assignedAgent = 'AG-001';
  Object.assign(c, extra);
  return c;
}

function refusalOf(check: () => void): { type: string | undefined; message: string; field?: string } | 'allowed' {
  try {
    check();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    expect(error.nonRetryable).toBe(true);
    const field = (error.details?.[0] as { field?: string } | undefined)?.field;
    return { type: error.type ?? undefined, message: error.message, ...(field ? { field } : {}) };
  }
}

const refused = (message: string) => ({ type: 'InvalidTransition', message });
const awaitingConfirmation: DepartmentView = { department: 'quality', status: 'awaiting_confirmation', requestedBy: by, note: 'batch', confirmedBy: null, answer: null, reason: null, round: 1 };

/**
 * Each action with a valid request, the statuses that allow it (from the lifecycle table and the
 * rules), and the refusal everywhere else. Every action is tried in every status.
 */
const ACTIONS: Array<{ action: string; check: (c: ComplaintCase) => void; allowedIn: ComplaintStatus[]; refusal: (s: ComplaintStatus) => { type: string; message: string }; extra?: Parameters<typeof caseIn>[1] }> = [
  {
    action: 'cancel',
    check: (c) => c.validateCancel({ by, reason: 'duplicate' }),
    allowedIn: ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'reopened'],
    refusal: (s) => refused(`cannot cancel a complaint that is ${s}`),
  },
  {
    action: 'reassign',
    check: (c) => c.validateReassign({ by: 'SUP-001', agent: 'AG-777' }),
    allowedIn: ['registered', 'assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'resolved', 'satisfaction_confirmed', 'reopened'],
    refusal: (s) => refused(`cannot reassign a complaint that is ${s}`),
  },
  {
    action: 'contact',
    check: (c) => c.validateContact({ by, summary: 'reached' }),
    allowedIn: ['assigned', 'contacted', 'forwarded', 'department_answered', 'department_timed_out', 'resolved', 'satisfaction_confirmed', 'reopened'],
    refusal: (s) => refused(s === 'registered' ? 'cannot contact before the complaint is assigned' : `cannot log a call on a complaint that is ${s}`),
  },
  {
    action: 'wait for the customer',
    check: (c) => c.validateWaitForCustomer({ by, reason: 'photos' }),
    allowedIn: ['registered', 'assigned', 'contacted', 'department_answered', 'department_timed_out', 'reopened'],
    refusal: (s) => refused(`cannot wait for the customer on a complaint that is ${s}`),
  },
  {
    action: 'resume (not waiting)',
    check: (c) => c.validateResume({ by }),
    allowedIn: [],
    refusal: () => refused('the complaint is not waiting for the customer'),
  },
  {
    action: 'resume (waiting)',
    check: (c) => c.validateResume({ by }),
    allowedIn: [...COMPLAINT_STATUSES],
    refusal: () => refused('unused'),
    extra: { waitingForCustomer: 'photos' },
  },
  {
    action: 'resolve',
    check: (c) => c.validateResolve({ by, remedy: 'repair', summary: 'fixed' }),
    allowedIn: ['contacted', 'department_answered', 'department_timed_out', 'reopened'],
    refusal: (s) => refused(`cannot resolve a complaint that is ${s}`),
  },
  {
    action: 'record satisfaction',
    check: (c) => c.validateSatisfaction({ by, reached: true, score: 4 }),
    allowedIn: ['resolved'],
    refusal: (s) => refused(`satisfaction is asked after resolution; the complaint is ${s}`),
  },
  {
    action: 'reopen',
    check: (c) => c.validateReopen({ by, reason: 'still broken' }),
    allowedIn: ['resolved'],
    refusal: (s) => refused(`cannot report unsatisfied a complaint that is ${s}`),
  },
  {
    action: 'add a note',
    check: (c) => c.validateNote({ by, text: 'called back' }),
    allowedIn: [...COMPLAINT_STATUSES],
    refusal: () => refused('unused'),
  },
  {
    action: 'request forwarding',
    check: (c) => c.validateRequestForward({ by, note: 'batch problem' }),
    allowedIn: ['contacted', 'department_answered', 'department_timed_out', 'reopened'],
    refusal: (s) => refused(`cannot forward a complaint that is ${s}`),
  },
  {
    action: 'confirm forwarding (nothing asked)',
    check: (c) => c.validateConfirmForward({ by: 'MGR-001' }),
    allowedIn: [],
    refusal: () => refused('there is no forwarding request to confirm'),
  },
  {
    action: 'confirm forwarding (asked)',
    check: (c) => c.validateConfirmForward({ by: 'MGR-001' }),
    allowedIn: ['contacted', 'department_answered', 'department_timed_out', 'reopened'],
    refusal: (s) => refused(`cannot forward a complaint that is ${s}`),
    extra: { department: awaitingConfirmation },
  },
];

const ROWS = ACTIONS.flatMap((a) => COMPLAINT_STATUSES.map((status) => [a.action, status, a.allowedIn.includes(status) ? 'allowed' : a.refusal(status), a] as const));

describe('ComplaintCase validators', () => {
  it.each(ROWS)('%s in %s: %j', (_action, status, expected, a) => {
    expect(refusalOf(() => a.check(caseIn(status, a.extra)))).toEqual(expected);
  });

  // Refusals that depend on more than the status.
  it.each([
    ['wait while already waiting', (c: ComplaintCase) => c.validateWaitForCustomer({ by, reason: 'photos' }), caseIn('contacted', { waitingForCustomer: 'invoice' }), refused('the complaint already waits for the customer')],
    ['reassign to the owner', (c: ComplaintCase) => c.validateReassign({ by, agent: 'AG-001' }), caseIn('contacted'), { type: 'InvalidRequest', message: 'the complaint is already assigned to AG-001', field: 'agent' }],
    ['request forwarding twice', (c: ComplaintCase) => c.validateRequestForward({ by, note: 'again' }), caseIn('contacted', { department: awaitingConfirmation }), refused("forwarding already awaits the manager's confirmation")],
    ['C-10 satisfaction while the remedy opens', (c: ComplaintCase) => c.validateSatisfaction({ by, reached: false }), caseIn('resolved', { remedyReturn: remedy('opening') }), refused('satisfaction is asked once the remedy is carried out: return (being opened) is still being opened')],
    ['C-10 satisfaction while the remedy runs', (c: ComplaintCase) => c.validateSatisfaction({ by, reached: false }), caseIn('resolved', { remedyReturn: remedy('running') }), refused('satisfaction is asked once the remedy is carried out: return RT-1 is still running')],
    ['C-10 reopen while the remedy runs', (c: ComplaintCase) => c.validateReopen({ by, reason: 'late' }), caseIn('resolved', { remedyReturn: remedy('running') }), refused('a complaint is reopened once its remedy is carried out: return RT-1 is still running')],
  ])('%s is refused', (_name, check, c, expected) => {
    expect(refusalOf(() => check(c))).toEqual(expected);
  });

  it('C-10 once the remedy ended, satisfaction is asked', () => {
    expect(refusalOf(() => caseIn('resolved', { remedyReturn: remedy('refunded') }).validateSatisfaction({ by, reached: true, score: 5 }))).toBe('allowed');
  });

  // Malformed requests: 400 naming the field, in a status that would allow the action.
  it.each([
    ['cancel without a reason', (c: ComplaintCase) => c.validateCancel({ by, reason: ' ' }), 'reason is required', 'reason'],
    ['reassign to a non-staff code', (c: ComplaintCase) => c.validateReassign({ by, agent: 'bob' }), 'agent must be a staff code like AG-001', 'agent'],
    ['contact without a summary', (c: ComplaintCase) => c.validateContact({ by, summary: '' }), 'summary is required', 'summary'],
    ['wait without a reason', (c: ComplaintCase) => c.validateWaitForCustomer({ by, reason: '' }), 'reason is required', 'reason'],
    ['resolve with an unknown remedy', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'apology' as never, summary: 'x' }), 'remedy must be one of: repair, replace, refund, compensation, explanation', 'remedy'],
    ['resolve without a summary', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'repair', summary: '' }), 'summary is required', 'summary'],
    ['C-10 refund without a return request', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x' }), 'returnRequest is required for a refund: the order, the items and the amount', 'returnRequest'],
    ['C-10 refund without an order', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest: { ...returnRequest, orderRef: '' } }), 'returnRequest.orderRef is required', 'returnRequest.orderRef'],
    ['C-10 refund without items', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest: { ...returnRequest, items: [] } }), 'returnRequest.items must list at least one item', 'returnRequest.items'],
    ['C-10 refund of half an item', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest: { ...returnRequest, items: [{ sku: 'EB-200', quantity: 0.5 }] } }), 'returnRequest.items need a sku and a whole quantity of at least 1', 'returnRequest.items'],
    ['C-10 refund of nothing', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest: { ...returnRequest, amountFen: 0 } }), 'returnRequest.amountFen must be a positive whole number of fen', 'returnRequest.amountFen'],
    ['C-10 refund of an unknown type', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest: { ...returnRequest, type: 'exchange' as never } }), 'returnRequest.type must be refund_only or return_and_refund', 'returnRequest.type'],
    ['C-10 replacement with a refund type', (c: ComplaintCase) => c.validateResolve({ by, remedy: 'replace', summary: 'x', returnRequest: { ...returnRequest, type: 'refund_only' } }), 'returnRequest.type is for refunds; a replacement is always an exchange', 'returnRequest.type'],
    ['C-8 reached without a score', (c: ComplaintCase) => c.validateSatisfaction({ by, reached: true }), 'score must be a whole number from 1 to 5 when the customer was reached', 'score'],
    ['C-8 a score of 6', (c: ComplaintCase) => c.validateSatisfaction({ by, reached: true, score: 6 }), 'score must be a whole number from 1 to 5 when the customer was reached', 'score'],
    ['reopen without a reason', (c: ComplaintCase) => c.validateReopen({ by, reason: '' }), 'reason is required', 'reason'],
    ['a note without text', (c: ComplaintCase) => c.validateNote({ by, text: '' }), 'text is required', 'text'],
    ['forwarding without a note', (c: ComplaintCase) => c.validateRequestForward({ by, note: '' }), 'note is required', 'note'],
  ])('%s: 400 naming the field', (name, check, message, field) => {
    const status: ComplaintStatus = /satisfaction|C-8|reopen/.test(name) ? 'resolved' : 'contacted';
    expect(refusalOf(() => check(caseIn(status)))).toEqual({ type: 'InvalidRequest', message, field });
  });

  it('C-10 a refund with a complete return request is allowed', () => {
    expect(refusalOf(() => caseIn('contacted').validateResolve({ by, remedy: 'refund', summary: 'x', returnRequest }))).toBe('allowed');
  });
});

describe('ComplaintCase resolve', () => {
  it('C-10 keeps the return request of a refund or replacement for the main loop, none otherwise', () => {
    const refund = caseIn('contacted');
    refund.resolve(by, 'refund', 'refund agreed', returnRequest);
    expect({ status: refund.status, request: refund.remedyReturnRequest, remedyReturn: refund.remedyReturn }).toEqual({ status: 'resolved', request: returnRequest, remedyReturn: null });
    const repair = caseIn('contacted');
    repair.resolve(by, 'repair', 'fixed', returnRequest);
    expect(repair.remedyReturnRequest).toBeNull();
  });
});

function remedy(status: RemedyReturnView['status']): RemedyReturnView {
  return { returnNo: status === 'opening' ? null : 'RT-1', type: 'refund_only', status, result: null };
}
