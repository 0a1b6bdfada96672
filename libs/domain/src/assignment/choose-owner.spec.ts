import type { AgentCandidate } from './choose-agent';
import { chooseCaseOwner } from './choose-owner';

const agent = (code: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({
  code,
  skills: ['quality', 'service'],
  servesVip: false,
  capacity: 10,
  openCases: 0,
  status: 'active',
  ...over,
});

describe('chooseCaseOwner (A-5)', () => {
  const need = { category: 'service', customerTier: 'regular' } as const;

  it('A-5: a partner or group-buy customer stays with the staff member who brought them in, even when busier', () => {
    const staff = [agent('AG-1', { openCases: 8 }), agent('AG-2')];
    expect(chooseCaseOwner(staff, { ...need, customerTier: 'dealer', broughtInBy: 'AG-1' })).toEqual({ agent: 'AG-1', reason: 'brought_in' });
    expect(chooseCaseOwner(staff, { ...need, customerTier: 'group_buy', broughtInBy: 'AG-1' })).toEqual({ agent: 'AG-1', reason: 'brought_in' });
  });

  it('A-5: other tiers are balanced whoever brought them in', () => {
    const staff = [agent('AG-1', { openCases: 8 }), agent('AG-2')];
    expect(chooseCaseOwner(staff, { ...need, broughtInBy: 'AG-1' })).toEqual({ agent: 'AG-2', reason: 'balanced' });
  });

  it('A-5: capacity is a limit: an agent at capacity gets nothing, the next best agent does', () => {
    const staff = [agent('AG-1', { capacity: 30, openCases: 30 }), agent('AG-2', { capacity: 5, openCases: 4 })];
    expect(chooseCaseOwner(staff, need)).toEqual({ agent: 'AG-2', reason: 'balanced' });
    // The keeper at capacity: the partner's case goes to the next best agent.
    expect(chooseCaseOwner(staff, { ...need, customerTier: 'dealer', broughtInBy: 'AG-1' })).toEqual({ agent: 'AG-2', reason: 'balanced' });
  });

  it('A-5: an agent over capacity (30 with 84 open) is never chosen', () => {
    expect(chooseCaseOwner([agent('AG-1', { capacity: 30, openCases: 84 })], need)).toEqual({ agent: null, reason: 'all_at_capacity' });
  });

  it('A-5: when everyone is full the case waits for the supervisor; with nobody active it says so', () => {
    expect(chooseCaseOwner([agent('AG-1', { openCases: 10 }), agent('AG-2', { capacity: 0 })], need)).toEqual({ agent: null, reason: 'all_at_capacity' });
    expect(chooseCaseOwner([], need)).toEqual({ agent: null, reason: 'nobody_active' });
  });

  it('A-7: a keeper who is absent is passed over', () => {
    const staff = [agent('AG-1', { status: 'absent' }), agent('AG-2', { openCases: 3 })];
    expect(chooseCaseOwner(staff, { ...need, customerTier: 'dealer', broughtInBy: 'AG-1' })).toEqual({ agent: 'AG-2', reason: 'balanced' });
  });
});
