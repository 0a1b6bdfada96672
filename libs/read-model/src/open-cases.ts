// what counts against an agent's capacity: their open complaints in the read model (`case_records r`).
// The partial index case_records_open_complaints_by_agent_idx is written for exactly this predicate, and
// the trigger behind `agent_open_complaints` (migration OpenComplaintsCountedPerAgent) keeps the same count
// per agent: change one, change both.
export const OPEN_COMPLAINT_SQL = `r.kind = 'complaint' AND r.status NOT IN ('closed', 'cancelled')`;

/** Each agent's open complaints as the trigger keeps them: one row per agent instead of a count of their cases. */
export const AGENT_OPEN_COMPLAINTS_SQL = (agentCode: string) => `coalesce((SELECT a.open_cases FROM agent_open_complaints a WHERE a.agent_code = ${agentCode}), 0)`;
