import type { SlaPolicy } from '@libs/domain/sla/sla-policy';
import { createComplaintSetUpActivities } from './complaint-set-up.activity';

const policy: SlaPolicy = {
  code: 'quality-high',
  version: 3,
  category: 'quality',
  severity: 'high',
  customerTier: null,
  calendar: 'cn-working-hours',
  timeZone: 'Asia/Shanghai',
  firstContactSeconds: 3600,
  resolutionSeconds: 86400,
  supervisorReportSeconds: 7200,
  escalationStepsSeconds: [10800],
  active: true,
};
const need = { category: 'quality', severity: 'high', customerTier: 'vip' } as const;
const registeredAt = Date.UTC(2026, 10, 30, 2, 0, 0);

function steps(overrides: Partial<Parameters<typeof createComplaintSetUpActivities>[0]> = {}) {
  const asked: Record<string, unknown[]> = { policy: [], deadlines: [], owner: [] };
  return {
    asked,
    steps: {
      selectSlaPolicyFor: async (n: unknown) => (asked.policy.push(n), policy),
      slaDeadlines: async (request: { runningSince: number; consumedMs: number; targets: Array<{ id: string; afterMs: number }> }) => {
        asked.deadlines.push(request);
        return request.targets.map((t) => ({ id: t.id as never, at: request.runningSince + t.afterMs - request.consumedMs }));
      },
      chooseComplaintOwner: async (n: unknown) => (asked.owner.push(n), { agent: 'AG-007', reason: 'balanced' as const }),
      ...overrides,
    },
  };
}

describe('setUpComplaint', () => {
  it('C-5, A-5: returns the policy, every target its deadline from registration on the policy calendar, and the owner', async () => {
    const { asked, steps: s } = steps();
    const setUp = await createComplaintSetUpActivities(s).setUpComplaint({ need, customerId: 'cust-1', registeredAt, caseNo: 'CP-20261130-0001' });
    expect(setUp.policy).toBe(policy);
    expect(setUp.owner).toEqual({ agent: 'AG-007', reason: 'balanced' });
    // The case goes along: its row names the owner as it is chosen (A-5 capacity in a burst).
    expect(asked.owner).toStrictEqual([{ customerId: 'cust-1', caseNo: 'CP-20261130-0001', category: 'quality', customerTier: 'vip' }]);
    expect(asked.deadlines).toEqual([expect.objectContaining({ calendar: policy, runningSince: registeredAt, consumedMs: 0 })]);
    expect(setUp.deadlines).toEqual([
      { id: 'first_contact', at: registeredAt + 3600_000 },
      { id: 'supervisor_report', at: registeredAt + 7200_000 },
      { id: 'resolution', at: registeredAt + 86400_000 },
      { id: 'escalation_1', at: registeredAt + 10800_000 },
    ]);
  });

  it('fails as the policy look-up fails (no active policy is not retried into one)', async () => {
    const missing = Object.assign(new Error('no active SLA policy matches quality/high/vip'), { code: 'NOT_FOUND' });
    const { steps: s } = steps({ selectSlaPolicyFor: async () => Promise.reject(missing) });
    await expect(createComplaintSetUpActivities(s).setUpComplaint({ need, customerId: 'cust-1', registeredAt })).rejects.toBe(missing);
  });
});
