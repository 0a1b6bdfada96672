import type { ComplaintCategory } from '../complaints/complaint-category';
import type { CustomerTier } from '../customers/customer-tier';
import { AgentCandidate, chooseAgent } from '../assignment/choose-agent';

export interface OpenCase {
  caseNo: string;
  category: ComplaintCategory;
  customerTier: CustomerTier;
}

export interface PlannedMove {
  caseNo: string;
  to: string;
}

/**
 * where the open cases of an agent who is absent or leaving go. Absence with a delegate hands
 * everything to the delegate (temporary delegation); otherwise each case goes to the best agent by
 * the assignment rule, counting the cases this plan already gave them. Cases nobody can take
 * are left out and reported by the caller.
 */
export function planReassignment(cases: readonly OpenCase[], candidates: readonly AgentCandidate[], leaving: string, delegate?: string): PlannedMove[] {
  if (delegate) return cases.map((c) => ({ caseNo: c.caseNo, to: delegate }));
  const pool = candidates.filter((c) => c.code !== leaving).map((c) => ({ ...c }));
  const moves: PlannedMove[] = [];
  for (const c of cases) {
    const agent = chooseAgent(pool, { category: c.category, customerTier: c.customerTier });
    if (!agent) continue;
    agent.openCases += 1;
    moves.push({ caseNo: c.caseNo, to: agent.code });
  }
  return moves;
}
