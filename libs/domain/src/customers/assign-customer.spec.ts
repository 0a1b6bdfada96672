import { chooseCustomerAgent, CustomerAgentCandidate } from './assign-customer';

const agent = (code: string, over: Partial<CustomerAgentCandidate> = {}): CustomerAgentCandidate => ({ code, servesVip: false, status: 'active', customers: 0, ...over });

describe('chooseCustomerAgent (A-5)', () => {
  const staff = [agent('AG-001', { customers: 5 }), agent('AG-002', { customers: 3 }), agent('VIP-001', { servesVip: true, customers: 9 }), agent('AG-009', { status: 'departed' })];

  it('A-5: balances the number of customers among regular agents', () => {
    expect(chooseCustomerAgent(staff, { tier: 'regular', broughtInBy: null })).toEqual({ code: 'AG-002', reason: 'balanced' });
  });

  it('A-5: VIP customers go to a dedicated VIP agent', () => {
    expect(chooseCustomerAgent(staff, { tier: 'vip', broughtInBy: null })).toEqual({ code: 'VIP-001', reason: 'vip' });
  });

  it.each(['dealer', 'group_buy'] as const)('A-5: a %s customer stays with who brought them in', (tier) => {
    expect(chooseCustomerAgent(staff, { tier, broughtInBy: 'AG-001' })).toEqual({ code: 'AG-001', reason: 'brought_in' });
  });

  it('A-5/A-7: someone who left cannot keep a customer; the load decides instead', () => {
    expect(chooseCustomerAgent(staff, { tier: 'dealer', broughtInBy: 'AG-009' })).toEqual({ code: 'AG-002', reason: 'balanced' });
  });

  it('A-5: with no VIP agent, VIPs still get the least loaded agent; with nobody active, nobody', () => {
    expect(chooseCustomerAgent([agent('AG-001', { customers: 1 }), agent('AG-002')], { tier: 'vip', broughtInBy: null })).toEqual({ code: 'AG-002', reason: 'balanced' });
    expect(chooseCustomerAgent([agent('AG-001', { status: 'absent' })], { tier: 'regular', broughtInBy: null })).toBeUndefined();
  });
});
