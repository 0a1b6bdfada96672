// A-5 makes capacity a limit: the demo team holds about a hundred cases, and every case past that waits in
// the supervisor's queue. Bench and drill runs open thousands, so they get a team that can hold them, as a
// real one would be staffed.
export async function staffForOpenCases(db, openCases, agents = 20) {
  await db.query(
    `INSERT INTO staff_members (code, name, role, skills, serves_vip, capacity, status)
     SELECT 'AG-' || (800 + i), 'Bench agent ' || i, 'agent', '{quality,service,logistics,billing,other}', false, $2, 'active'
       FROM generate_series(1, $1) i ON CONFLICT (code) DO UPDATE SET capacity = EXCLUDED.capacity, status = 'active'`,
    [agents, Math.ceil((openCases * 2) / agents)],
  );
}
