import { DataSource } from 'typeorm';
import { AgentCandidate, AssignmentNeed, chooseAgent } from '@libs/domain/assignment/choose-agent';
import { chooseCaseOwner, OwnerChoice } from '@libs/domain/assignment/choose-owner';
import { escalationRecipients, EscalationRecipients } from '@libs/domain/staff/reporting-line';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import { AGENT_OPEN_COMPLAINTS_SQL } from '@libs/read-model/open-cases';
import { loadReportingLine } from '../staff/reporting-line.activities';

/** Active agents with their open complaint load (the read model), the input of the assignment rules. */
export async function loadAgentCandidates(dataSource: DataSource): Promise<AgentCandidate[]> {
  const rows: Array<{ code: string; skills: string[]; serves_vip: boolean; capacity: number; status: AgentCandidate['status']; open_cases: string }> =
    await dataSource.query(
      `SELECT s.code, s.skills, s.serves_vip, s.capacity, s.status,
              ${AGENT_OPEN_COMPLAINTS_SQL('s.code')} AS open_cases
         FROM staff_members s
        WHERE s.role = 'agent' AND s.status = 'active'`,
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

/** The owner chosen for a complaint; without one, who in the supervisor's queue is told. */
export type ComplaintOwnerChoice = OwnerChoice & { supervisor?: EscalationRecipients };

export function createAssignmentActivities(dataSource: DataSource) {
  return {
    /** load the agents with their open load and let the domain rule choose. */
    async chooseAgentForComplaint(need: AssignmentNeed): Promise<string | null> {
      return chooseAgent(await loadAgentCandidates(dataSource), need)?.code ?? null;
    },

    /**
     * partners and group-buy customers stay with whoever brought them in; capacity is a limit.
     * When everyone is full, the supervisor up the line of the customer's own agent is named.
     */
    async chooseComplaintOwner(need: AssignmentNeed & { customerId: string }): Promise<ComplaintOwnerChoice> {
      const [customer]: Array<{ tier: CustomerTier; brought_in_by: string | null; assigned_agent_code: string | null }> = await dataSource.query(
        `SELECT tier, brought_in_by, assigned_agent_code FROM customers WHERE id = $1`,
        [need.customerId],
      );
      const choice = chooseCaseOwner(await loadAgentCandidates(dataSource), { ...need, broughtInBy: customer?.brought_in_by ?? null });
      if (choice.agent) return choice;
      const owner = customer?.assigned_agent_code ?? customer?.brought_in_by ?? null;
      return { ...choice, supervisor: escalationRecipients(owner, 'supervisor', await loadReportingLine(dataSource)) };
    },
  };
}
