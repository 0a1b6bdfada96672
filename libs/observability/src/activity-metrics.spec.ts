import { metricEventsFor } from './activity-metrics';

const base = { result: undefined, seconds: 0.2, sinceScheduledSeconds: 0.3 };

describe('metricEventsFor', () => {
  it.each([
    ['a paid refund', { activityType: 'payRefund', input: { refundId: 'RF-1' }, outcome: 'ok' as const }, [
      { metric: 'departmentRequests', labels: { department: 'finance', kind: 'pay-refund', outcome: 'completed' } },
      { metric: 'departmentRequestSeconds', labels: { department: 'finance', kind: 'pay-refund' }, value: 0.2 },
      { metric: 'refunds', labels: { outcome: 'paid' } },
    ]],
    ['a refund finance refused', { activityType: 'payRefund', input: {}, outcome: 'refused' as const }, [
      { metric: 'departmentRequests', labels: { department: 'finance', kind: 'pay-refund', outcome: 'refused' } },
      { metric: 'refunds', labels: { outcome: 'failed' } },
    ]],
    ['a refund call that will be retried (no outcome yet)', { activityType: 'payRefund', input: {}, outcome: 'error' as const }, [
      { metric: 'departmentRequests', labels: { department: 'finance', kind: 'pay-refund', outcome: 'error' } },
    ]],
    ['a quality investigation sent for a callback', { activityType: 'openQualityInvestigation', input: {}, outcome: 'sent' as const }, [
      { metric: 'departmentRequests', labels: { department: 'quality', kind: 'open-investigation', outcome: 'sent' } },
    ]],
    ['an escalation breach (C-3 ladder)', { activityType: 'recordSlaBreach', input: { target: 'escalation_2', escalationLevel: 2 }, outcome: 'ok' as const }, [
      { metric: 'slaBreaches', labels: { target: 'escalation_2' } },
      { metric: 'escalations', labels: { level: '2' } },
    ]],
    ['a first-contact breach without escalation', { activityType: 'recordSlaBreach', input: { target: 'first_contact' }, outcome: 'ok' as const }, [
      { metric: 'slaBreaches', labels: { target: 'first_contact' } },
    ]],
    ['an escalation recorded with its notices in one call', { activityType: 'recordEscalation', input: { breach: { target: 'escalation_3', escalationLevel: 3 }, notice: {} }, outcome: 'ok' as const }, [
      { metric: 'slaBreaches', labels: { target: 'escalation_3' } },
      { metric: 'escalations', labels: { level: '3' } },
    ]],
    ['an escalation that writes the case state in the same call', { activityType: 'recordEscalation', input: { breach: { target: 'first_contact' }, notice: {}, caseState: { kind: 'complaint', status: 'assigned' } }, outcome: 'ok' as const }, [
      { metric: 'slaBreaches', labels: { target: 'first_contact' } },
      { metric: 'readModelLag', labels: { type: 'complaint' }, value: 0.3 },
    ]],
    ['an escalation call that failed', { activityType: 'recordEscalation', input: { breach: { target: 'first_contact' }, notice: {} }, outcome: 'error' as const }, []],
    ['a breach write that failed (counted when the retry succeeds)', { activityType: 'recordSlaBreach', input: { target: 'first_contact' }, outcome: 'error' as const }, []],
    ['a read-model write of an open complaint', { activityType: 'recordCaseState', input: { kind: 'complaint', status: 'assigned' }, outcome: 'ok' as const, result: true }, [
      { metric: 'readModelLag', labels: { type: 'complaint' }, value: 0.3 },
    ]],
    ['a read-model write that closes a return', { activityType: 'recordCaseState', input: { kind: 'return', status: 'refunded' }, outcome: 'ok' as const, result: true }, [
      { metric: 'readModelLag', labels: { type: 'return' }, value: 0.3 },
      { metric: 'casesClosed', labels: { type: 'return', status: 'refunded' } },
    ]],
    ['a repeated write of a closed complaint (row unchanged: not counted twice)', { activityType: 'recordCaseState', input: { kind: 'complaint', status: 'closed' }, outcome: 'ok' as const, result: false }, [
      { metric: 'readModelLag', labels: { type: 'complaint' }, value: 0.3 },
    ]],
    ['a completed follow-up plan', { activityType: 'recordCaseState', input: { kind: 'followup', status: 'completed' }, outcome: 'ok' as const, result: true }, [
      { metric: 'readModelLag', labels: { type: 'followup' }, value: 0.3 },
      { metric: 'casesClosed', labels: { type: 'followup', status: 'completed' } },
    ]],
    ['any other activity', { activityType: 'selectSlaPolicyFor', input: {}, outcome: 'ok' as const }, []],
  ])('%s', (_name, execution, expected) => {
    expect(metricEventsFor({ ...base, ...execution })).toEqual(expected);
  });
});
