import type { ComplaintState } from '@workflows/complaint/complaint.contract';
import { complaintCaseRecord, ComplaintFacts } from './complaint-record';

const facts: ComplaintFacts = { caseNo: 'CP-20261124-0001', customerId: 'c-1', category: 'quality', severity: 'high', channel: 'phone', productRef: 'SN-EB200-1' };

function state(over: Partial<ComplaintState> = {}): ComplaintState {
  return {
    caseNo: facts.caseNo, status: 'assigned', category: 'quality', severity: 'high', customerNo: 'CU-1', assignedAgent: 'AG-101', escalationLevel: 0,
    stateVersion: 3, remedy: null, satisfaction: null, sla: null, department: null, timeline: [{ at: '2026-11-24T01:00:00.000Z', event: 'register', by: 'AG-101' }],
    ...over,
  };
}

describe('complaintCaseRecord', () => {
  it('opens the row as the intake registers it (C-1): registered, nobody assigned, version 0', () => {
    expect(complaintCaseRecord(facts, null)).toEqual({
      caseNo: facts.caseNo, kind: 'complaint', workflowId: 'complaint-CP-20261124-0001', status: 'registered', customerId: 'c-1', category: 'quality', severity: 'high',
      assignedAgentCode: null, escalationLevel: 0, summary: 'quality/high via phone', stateVersion: 0, productRef: 'SN-EB200-1',
      classification: 'complaint', nextDeadlineAt: null,
    });
  });

  it('mirrors the live state: status, owner, escalation level and version', () => {
    expect(complaintCaseRecord(facts, state({ status: 'contacted', assignedAgent: 'AG-102', escalationLevel: 2, stateVersion: 9 }))).toMatchObject({
      status: 'contacted', assignedAgentCode: 'AG-102', escalationLevel: 2, stateVersion: 9, summary: 'quality/high via phone',
    });
  });

  it.each([
    ['K-1 first contact', state({ timeline: [{ at: 't1', event: 'contact', by: 'a' }] }), { firstContactedAt: 't1', resolvedAt: null, closedAt: null }],
    ['C-5 latest resolution', state({ status: 'resolved', timeline: [{ at: 't1', event: 'resolve', by: 'a' }, { at: 't2', event: 'resolve', by: 'a' }] }), { resolvedAt: 't2' }],
    ['closed by the satisfaction call', state({ status: 'closed', timeline: [{ at: 't3', event: 'close', by: 'a' }] }), { closedAt: 't3' }],
    ['C-8 satisfaction score', state({ satisfaction: { score: 2, comment: null, attempts: 1 } }), { satisfactionScore: 2 }],
  ])('takes what the reports count from the case: %s', (_name, s, expected) => {
    expect(complaintCaseRecord(facts, s)).toMatchObject(expected);
  });

  it('C-11: names the department and its cause only once the manager confirmed the hand-over', () => {
    const asked = { department: 'quality' as const, status: 'awaiting_confirmation' as const, requestedBy: 'a', note: 'n', confirmedBy: null, answer: null, reason: null, round: 1 };
    expect(complaintCaseRecord(facts, state({ department: asked }))).toMatchObject({ department: null, cause: null });
    const answered = { ...asked, status: 'answered' as const, confirmedBy: 'SV-1', answer: { cause: 'batch defect', correctiveActions: [], preventiveActions: [] } };
    expect(complaintCaseRecord(facts, state({ department: answered }))).toMatchObject({ department: 'quality', cause: 'batch defect' });
  });

  it('leaves the product empty when none was named', () => {
    expect(complaintCaseRecord({ ...facts, productRef: undefined }, null).productRef).toBeNull();
  });

  it('C-2: keeps the classification registered; a case from before without one is a complaint', () => {
    expect(complaintCaseRecord({ ...facts, classification: 'consultation' }, null).classification).toBe('consultation');
    expect(complaintCaseRecord({ ...facts, classification: undefined }, state()).classification).toBe('complaint');
  });

  it('takes the earliest pending SLA deadline as the next one; none while the clock is paused', () => {
    const sla = { policy: 'default v1', calendar: '24x7', calendarVersion: null, timeZone: 'Asia/Shanghai', paused: false, pausedReason: null, breached: [] };
    const deadlines = [{ target: 'first_contact' as const, at: '2026-11-25T01:00:00.000Z' }, { target: 'resolution' as const, at: '2026-11-27T01:00:00.000Z' }];
    expect(complaintCaseRecord(facts, state({ sla: { ...sla, deadlines } })).nextDeadlineAt).toBe('2026-11-25T01:00:00.000Z');
    expect(complaintCaseRecord(facts, state({ sla: { ...sla, paused: true, pausedReason: 'waiting for the customer', deadlines: [] } })).nextDeadlineAt).toBeNull();
  });

  it('carries the case view at its version: the state itself, or the case as the intake registered it (C-1)', () => {
    const live = state({ stateVersion: 5 });
    expect(complaintCaseRecord(facts, live).view).toBe(live);
    const at = new Date('2026-11-24T01:00:00.000Z');
    const opened = complaintCaseRecord({ ...facts, customerNo: 'CU-1', registeredBy: 'AG-101' }, null, at);
    expect(opened.view).toMatchObject({ caseNo: facts.caseNo, status: 'registered', stateVersion: 0, customerNo: 'CU-1', assignedAgent: null, sla: null });
    expect((opened.view as ComplaintState).timeline).toEqual([{ at: at.toISOString(), event: 'registered', by: 'AG-101', note: 'channel phone' }]);
    // Without the time of registration there is no view: the case is then read live.
    expect(complaintCaseRecord(facts, null).view).toBeUndefined();
  });
});
