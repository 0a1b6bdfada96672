// new customers go to service agents balancing the number of customers each carries; VIP
// customers go to dedicated VIP agents; partners (dealers) and group-buy customers stay with the
// staff member who brought them in.
import type { CustomerTier } from './customer-tier';

export interface CustomerAgentCandidate {
  code: string;
  servesVip: boolean;
  status: 'active' | 'absent' | 'departed';
  /** Customers already in this agent's care. */
  customers: number;
}

export function chooseCustomerAgent(
  candidates: readonly CustomerAgentCandidate[],
  customer: { tier: CustomerTier; broughtInBy: string | null },
): { code: string; reason: 'brought_in' | 'vip' | 'balanced' } | undefined {
  const active = candidates.filter((c) => c.status === 'active');
  if ((customer.tier === 'dealer' || customer.tier === 'group_buy') && customer.broughtInBy) {
    const keeper = active.find((c) => c.code === customer.broughtInBy);
    if (keeper) return { code: keeper.code, reason: 'brought_in' };
  }
  const vip = customer.tier === 'vip';
  const pool = active.filter((c) => c.servesVip === vip);
  const chosen = [...(pool.length > 0 ? pool : active)].sort((a, b) => a.customers - b.customers || a.code.localeCompare(b.code))[0];
  return chosen && { code: chosen.code, reason: vip && chosen.servesVip ? 'vip' : 'balanced' };
}
