// what counts against an agent's capacity: their open complaints in the read model (`case_records r`).
// The partial index case_records_open_complaints_by_agent_idx is written for exactly this predicate.
export const OPEN_COMPLAINT_SQL = `r.kind = 'complaint' AND r.status NOT IN ('closed', 'cancelled')`;
