import type { DataSource } from 'typeorm';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import type { Notification } from '../notifications/notify.activity';
import { createEscalationActivities, EscalationRecord } from './escalation.activity';
import type { SlaBreachRecord } from './sla.activities';

// The owner AG-1 reports to SV-1, who reports to MG-1.
const staff = [
  { code: 'AG-1', role: 'agent', status: 'active', reports_to_code: 'SV-1', delegate_code: null },
  { code: 'SV-1', role: 'supervisor', status: 'active', reports_to_code: 'MG-1', delegate_code: null },
  { code: 'MG-1', role: 'manager', status: 'active', reports_to_code: null, delegate_code: null },
];
const dataSource = { query: async () => staff } as unknown as DataSource;

const caseState = { caseNo: 'CP-20261130-000001', kind: 'complaint', status: 'assigned', stateVersion: 4 } as CaseStateRecord;
const escalation: EscalationRecord = {
  breach: { caseNo: caseState.caseNo, target: 'first_contact', policyCode: 'p', policyVersion: 1, deadline: 0, lateMs: 5 },
  notice: { owner: 'AG-1', role: 'supervisor', caseNo: caseState.caseNo, subject: 's', body: 'b', dedupeKeyPrefix: 'complaint-CP-20261130-000001:first_contact' },
};

function writes(caseWrite: (record: CaseStateRecord) => Promise<boolean> = async () => true) {
  const done = { breaches: [] as SlaBreachRecord[], notices: [] as Notification[], cases: [] as CaseStateRecord[] };
  const activities = createEscalationActivities(
    dataSource,
    // The breach takes longer than the case write: a failure must still wait for it.
    async (breach) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      done.breaches.push(breach);
    },
    async (notice) => (done.notices.push(notice), true),
    async (record) => (done.cases.push(record), caseWrite(record)),
  );
  return { done, recordEscalation: activities.recordEscalation };
}

describe('recordEscalation', () => {
  it('C-6: records the breach, tells the supervisor above the owner and writes the case state in one call', async () => {
    const { done, recordEscalation } = writes();
    await expect(recordEscalation({ ...escalation, caseState })).resolves.toEqual({ recipients: ['SV-1'], named: true });
    expect(done.breaches).toEqual([escalation.breach]);
    expect(done.notices.map((n) => [n.recipient, n.dedupeKey])).toEqual([['SV-1', 'complaint-CP-20261130-000001:first_contact:SV-1']]);
    expect(done.cases).toEqual([caseState]);
  });

  it('writes no case row when none is given (older cases publish on their own)', async () => {
    const { done, recordEscalation } = writes();
    await recordEscalation(escalation);
    expect(done.breaches).toHaveLength(1);
    expect(done.cases).toEqual([]);
  });

  it('fails with the case write, but only after the breach and the notice are written', async () => {
    const refused = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const { done, recordEscalation } = writes(async () => {
      throw refused;
    });
    await expect(recordEscalation({ ...escalation, caseState })).rejects.toBe(refused);
    expect(done.breaches).toHaveLength(1);
    expect(done.notices).toHaveLength(1);
  });
});
