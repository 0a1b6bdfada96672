import { DataSource } from 'typeorm';
import { AgentCandidate, AssignmentNeed, chooseAgent } from '@libs/domain/assignment/choose-agent';

/** Active agents with their open complaint load, the input of the assignment rules. */
export async function loadAgentCandidates(dataSource: DataSource): Promise<AgentCandidate[]> {
  const rows: Array<{ code: string; skills: string[]; serves_vip: boolean; capacity: number; status: AgentCandidate['status']; open_cases: string }> =
    await dataSource.query(
      `SELECT s.code, s.skills, s.serves_vip, s.capacity, s.status,
              count(c.id) FILTER (WHERE c.status NOT IN ('closed', 'cancelled')) AS open_cases
         FROM staff_members s
         LEFT JOIN case_records c ON c.assigned_agent_code = s.code
        WHERE s.role = 'agent' AND s.status = 'active'
        GROUP BY s.id`,
    );
  return rows.map((r) => ({
    code: r.code,
    skills: r.skills as AgentCandidate['skills'],
    servesVip: r.serves_vip,
    capacity: r.capacity,
    status: r.status,
    openCases: Number(r.open_cases),
  }));
}

export function createAssignmentActivities(dataSource: DataSource) {
  return {
    /** load the agents with their open load and let the domain rule choose. */
    async chooseAgentForComplaint(need: AssignmentNeed): Promise<string | null> {
      return chooseAgent(await loadAgentCandidates(dataSource), need)?.code ?? null;
    },
  };
}
