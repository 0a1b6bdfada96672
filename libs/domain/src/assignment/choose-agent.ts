import type { ComplaintCategory } from '../complaints/complaint-category';
import type { CustomerTier } from '../customers/customer-tier';

export interface AgentCandidate {
  code: string;
  skills: readonly ComplaintCategory[];
  servesVip: boolean;
  capacity: number;
  openCases: number;
  status: 'active' | 'absent' | 'departed';
}

export interface AssignmentNeed {
  category: ComplaintCategory;
  customerTier: CustomerTier;
}

/** capacity is a limit: an agent carrying as many open cases as their capacity takes no more. */
export function hasRoom(candidate: AgentCandidate): boolean {
  return candidate.status === 'active' && candidate.openCases < candidate.capacity;
}

/**
 * pick the active agent with room and the lightest relative load among those with the right skill;
 * VIP customers go to VIP agents. When nobody has the skill, any active agent of the right
 * VIP-ness is better than leaving the case unassigned. Ties break on the code, so that the same
 * input always gives the same agent.
 */
export function chooseAgent(candidates: readonly AgentCandidate[], need: AssignmentNeed): AgentCandidate | undefined {
  const active = candidates.filter(hasRoom);
  const tierPool = need.customerTier === 'vip' ? active.filter((c) => c.servesVip) : active.filter((c) => !c.servesVip);
  const pools = [
    tierPool.filter((c) => c.skills.includes(need.category)),
    tierPool,
    active.filter((c) => c.skills.includes(need.category)),
    active,
  ];
  const pool = pools.find((p) => p.length > 0) ?? [];
  return [...pool].sort(byLoadThenCode)[0];
}

function byLoadThenCode(a: AgentCandidate, b: AgentCandidate): number {
  const load = a.openCases / a.capacity - b.openCases / b.capacity;
  return load !== 0 ? load : a.code.localeCompare(b.code);
}
