import type { AgentCandidate } from '../assignment/choose-agent';
import { OpenCase, planFollowUpReassignment, planReassignment } from './reassignment';

const agent = (code: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({
  code,
  skills: ['quality', 'billing'],
  servesVip: false,
  capacity: 10,
  openCases: 0,
  status: 'active',
  ...over,
});
const open = (n: number, over: Partial<OpenCase> = {}): OpenCase[] =>
  Array.from({ length: n }, (_, i) => ({ caseNo: `CP-20261124-000${i + 1}`, category: 'quality', customerTier: 'regular', ...over }));

describe('planReassignment (A-7)', () => {
  it('spreads the cases of a departing agent by load instead of piling them on one colleague', () => {
    const moves = planReassignment(open(4), [agent('AG-1'), agent('AG-2', { openCases: 1 }), agent('AG-9')], 'AG-9');
    expect(moves.map((m) => m.to)).toEqual(['AG-1', 'AG-1', 'AG-2', 'AG-1']);
    expect(moves.map((m) => m.to)).not.toContain('AG-9');
  });

  it('hands everything to the delegate during an absence', () => {
    expect(planReassignment(open(2), [agent('AG-1')], 'AG-9', 'AG-5').map((m) => m.to)).toEqual(['AG-5', 'AG-5']);
  });

  it('keeps VIP cases with VIP agents', () => {
    const moves = planReassignment(open(1, { customerTier: 'vip' }), [agent('AG-1'), agent('VIP-2', { servesVip: true, openCases: 5 })], 'VIP-1');
    expect(moves).toEqual([{ caseNo: 'CP-20261124-0001', to: 'VIP-2' }]);
  });

  it('leaves out what nobody can take', () => {
    expect(planReassignment(open(2), [agent('AG-9')], 'AG-9')).toEqual([]);
  });
});

describe('planFollowUpReassignment (A-7)', () => {
  const plan = (planId: string, customerAgent: string | null = null) => ({ planId, customerTier: 'regular' as const, customerAgent });

  it('A-7: during an absence every follow-up plan goes to the delegate', () => {
    expect(planFollowUpReassignment([plan('FU-1'), plan('FU-2')], [agent('AG-1')], 'AG-9', 'AG-5')).toEqual([
      { caseNo: 'FU-1', to: 'AG-5' },
      { caseNo: 'FU-2', to: 'AG-5' },
    ]);
  });

  it("A-7: after a departure a plan follows the customer's new agent, else the lightest load", () => {
    const staff = [agent('AG-1', { openCases: 4 }), agent('AG-2', { openCases: 1 })];
    expect(planFollowUpReassignment([plan('FU-1', 'AG-1'), plan('FU-2', 'AG-9'), plan('FU-3')], staff, 'AG-9')).toEqual([
      { caseNo: 'FU-1', to: 'AG-1' },
      { caseNo: 'FU-2', to: 'AG-2' },
      { caseNo: 'FU-3', to: 'AG-2' },
    ]);
  });

  it('A-7: calls still move when every agent is at complaint capacity, and stay put when nobody is active', () => {
    expect(planFollowUpReassignment([plan('FU-1')], [agent('AG-1', { openCases: 10 })], 'AG-9')).toEqual([{ caseNo: 'FU-1', to: 'AG-1' }]);
    expect(planFollowUpReassignment([plan('FU-1')], [], 'AG-9')).toEqual([]);
  });
});
