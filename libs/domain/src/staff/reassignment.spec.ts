import type { AgentCandidate } from '../assignment/choose-agent';
import { OpenCase, planReassignment } from './reassignment';

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
