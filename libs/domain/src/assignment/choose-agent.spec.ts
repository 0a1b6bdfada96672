import { AgentCandidate, chooseAgent } from './choose-agent';

const agent = (code: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({
  code,
  skills: ['quality', 'service'],
  servesVip: false,
  capacity: 10,
  openCases: 0,
  status: 'active',
  ...over,
});

describe('chooseAgent (A-5)', () => {
  it('balances by relative open load', () => {
    const picked = chooseAgent(
      [agent('AG-1', { openCases: 5 }), agent('AG-2', { openCases: 6, capacity: 20 }), agent('AG-3', { openCases: 4, capacity: 5 })],
      { category: 'quality', customerTier: 'regular' },
    );
    expect(picked?.code).toBe('AG-2'); // 6/20 < 5/10 < 4/5
  });

  it('prefers the right skill over a lighter load', () => {
    const picked = chooseAgent([agent('AG-1', { skills: ['billing'] }), agent('AG-2', { openCases: 9 })], {
      category: 'quality',
      customerTier: 'regular',
    });
    expect(picked?.code).toBe('AG-2');
  });

  it('sends VIP customers to VIP agents and keeps VIP agents for VIPs', () => {
    const staff = [agent('AG-1'), agent('VIP-1', { servesVip: true, openCases: 8 })];
    expect(chooseAgent(staff, { category: 'quality', customerTier: 'vip' })?.code).toBe('VIP-1');
    expect(chooseAgent(staff, { category: 'quality', customerTier: 'regular' })?.code).toBe('AG-1');
  });

  it('never assigns to absent or departed agents (A-7)', () => {
    const picked = chooseAgent([agent('AG-1', { status: 'absent' }), agent('AG-2', { status: 'departed' }), agent('AG-3', { openCases: 9 })], {
      category: 'quality',
      customerTier: 'regular',
    });
    expect(picked?.code).toBe('AG-3');
  });

  it('falls back to any active agent when nobody fits, and to nobody when nobody is active', () => {
    expect(chooseAgent([agent('VIP-1', { servesVip: true, skills: [] })], { category: 'billing', customerTier: 'regular' })?.code).toBe('VIP-1');
    expect(chooseAgent([agent('AG-1', { status: 'departed' })], { category: 'billing', customerTier: 'regular' })).toBeUndefined();
  });

  it('breaks ties on the agent code so the choice is reproducible', () => {
    expect(chooseAgent([agent('AG-2'), agent('AG-1')], { category: 'service', customerTier: 'regular' })?.code).toBe('AG-1');
  });
});
