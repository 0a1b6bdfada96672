// what counts against an agent's capacity: their open complaints in the read model (`case_records r`).
export const OPEN_COMPLAINT_SQL = `r.kind = 'complaint' AND r.status NOT IN ('closed', 'cancelled')`;
