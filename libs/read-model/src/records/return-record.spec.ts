import type { ReturnState } from '@workflows/returns/return.contract';
import { returnCaseRecord, ReturnFacts } from './return-record';

const facts: ReturnFacts = {
  returnNo: 'RT-20261124-0001', type: 'return_and_refund', source: 'tmall', customerId: 'c-1', orderRef: 'SO-1', amountFen: 25_900, reason: 'quality_problem',
  customerRating: 'neutral', items: [{ sku: 'EB-200', quantity: 1 }],
};

function state(over: Partial<ReturnState> = {}): ReturnState {
  return {
    returnNo: facts.returnNo, type: facts.type, status: 'agreed', source: facts.source, reason: facts.reason, customerNo: 'CU-1', orderRef: 'SO-1', items: facts.items,
    amountFen: 25_900, description: 'd', goodsState: 'received', handler: 'AG-101', policy: null, refundDueAt: null, inspectionQueuedAt: null, rejection: null, parcels: [],
    inspection: null, refund: null, exchange: null, damageClaims: [], deadlines: [], result: null, complaintCaseNo: null, stateVersion: 4,
    timeline: [{ at: '2026-11-24T01:00:00.000Z', event: 'request', by: 'AG-101' }],
    ...over,
  } as ReturnState;
}

describe('returnCaseRecord', () => {
  it('opens the row as the intake registers it (R-7: source, problem type and rating with the case)', () => {
    expect(returnCaseRecord(facts, null)).toEqual({
      caseNo: facts.returnNo, kind: 'return', workflowId: 'return-RT-20261124-0001', status: 'requested', customerId: 'c-1', category: 'return_and_refund', severity: null,
      assignedAgentCode: null, escalationLevel: 0, summary: expect.stringContaining('SO-1'), stateVersion: 0, source: 'tmall', problemType: 'quality_problem',
      customerRating: 'neutral', result: null, closedAt: null, productRef: 'EB-200',
    });
  });

  it('mirrors the handler, status and version of the live request, and the amount as modified (R-1)', () => {
    const modified = returnCaseRecord(facts, state({ amountFen: 19_900, stateVersion: 7 }));
    expect(modified).toMatchObject({ status: 'agreed', assignedAgentCode: 'AG-101', stateVersion: 7 });
    expect(modified.summary).toBe(returnCaseRecord({ ...facts, amountFen: 19_900 }, null).summary);
  });

  it.each([
    ['refunded', 'refunded', '2026-11-26T00:00:00.000Z'],
    ['cancelled', 'cancelled by the buyer', '2026-11-25T00:00:00.000Z'],
  ] as const)('a %s request is closed at its last timeline entry, with its result', (status, result, at) => {
    const ended = state({ status, result, timeline: [{ at: '2026-11-24T00:00:00.000Z', event: 'request', by: 'a' }, { at, event: status, by: 'system' }] });
    expect(returnCaseRecord(facts, ended)).toMatchObject({ status, result, closedAt: at });
  });

  it('a running request has no closing time', () => {
    expect(returnCaseRecord(facts, state({ status: 'buyer_shipped' })).closedAt).toBeNull();
  });

  it('a request without a rating records none', () => {
    expect(returnCaseRecord({ ...facts, customerRating: undefined }, null).customerRating).toBeNull();
  });
});
