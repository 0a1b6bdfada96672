import type { CustomerTier } from '../customers/customer-tier';
import { AgentCandidate, AssignmentNeed, chooseAgent, hasRoom } from './choose-agent';

export interface OwnerNeed extends AssignmentNeed {
  /** the staff member who brought the customer in (partners and group-buy customers). */
  broughtInBy?: string | null;
}

export type OwnerChoice =
  | { agent: string; reason: 'brought_in' | 'balanced' }
  /** Nobody has room (or nobody is active): the case waits in the supervisor's queue. */
  | { agent: null; reason: 'all_at_capacity' | 'nobody_active' };

const KEPT_BY_WHO_BROUGHT_THEM_IN: readonly CustomerTier[] = ['dealer', 'group_buy'];

/**
 * a partner's or group-buy customer's case stays with the staff member who brought them in; any
 * other case goes to the best agent by skill and relative load. Capacity is a limit for both: at
 * capacity the next best agent with room gets the case, and when everyone is full nobody does.
 */
export function chooseCaseOwner(candidates: readonly AgentCandidate[], need: OwnerNeed): OwnerChoice {
  if (need.broughtInBy && KEPT_BY_WHO_BROUGHT_THEM_IN.includes(need.customerTier)) {
    const keeper = candidates.find((c) => c.code === need.broughtInBy);
    if (keeper && hasRoom(keeper)) return { agent: keeper.code, reason: 'brought_in' };
  }
  const chosen = chooseAgent(candidates, need);
  if (chosen) return { agent: chosen.code, reason: 'balanced' };
  return { agent: null, reason: candidates.some((c) => c.status === 'active') ? 'all_at_capacity' : 'nobody_active' };
}
