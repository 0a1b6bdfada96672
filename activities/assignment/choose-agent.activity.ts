import { DataSource } from 'typeorm';
import type { Queryable } from '@libs/read-model/write-case-state';
import { AgentCandidate, AssignmentNeed, chooseAgent } from '@libs/domain/assignment/choose-agent';
import { chooseCaseOwner, OwnerChoice, OwnerNeed } from '@libs/domain/assignment/choose-owner';
import { escalationRecipients, EscalationRecipients } from '@libs/domain/staff/reporting-line';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import { AGENT_OPEN_COMPLAINTS_SQL } from '@libs/read-model/open-cases';
import { loadReportingLine } from '../staff/reporting-line.activities';

/** Active agents with their open complaint load (the read model), the input of the assignment rules. */
export async function loadAgentCandidates(dataSource: Queryable): Promise<AgentCandidate[]> {
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
    async chooseComplaintOwner(need: AssignmentNeed & { customerId: string; caseNo?: string }): Promise<ComplaintOwnerChoice> {
      const [customer]: Array<{ tier: CustomerTier; brought_in_by: string | null; assigned_agent_code: string | null }> = await dataSource.query(
        `SELECT tier, brought_in_by, assigned_agent_code FROM customers WHERE id = $1`,
        [need.customerId],
      );
      const ownerNeed = { ...need, broughtInBy: customer?.brought_in_by ?? null };
      const choice = need.caseNo ? await reserveOwner(dataSource, need.caseNo, ownerNeed) : chooseCaseOwner(await loadAgentCandidates(dataSource), ownerNeed);
      if (choice.agent) return choice;
      const owner = customer?.assigned_agent_code ?? customer?.brought_in_by ?? null;
      return { ...choice, supervisor: escalationRecipients(owner, 'supervisor', await loadReportingLine(dataSource)) };
    },
  };
}

/**
 * capacity holds when many complaints open at once. The count of an agent's open complaints
 * learns of an owner only when the case's row names them, so the choice and that entry are made
 * together, one choice at a time: the case's row (still as the intake wrote it, version 0) names the
 * owner before the next choice counts. The workflow then records the same owner, or a supervisor's if
 * one was quicker. A repeated attempt of the same choice first takes back its earlier entry.
 */
async function reserveOwner(dataSource: DataSource, caseNo: string, need: OwnerNeed): Promise<OwnerChoice> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('A-5: complaint owners'))`);
    await tx.query(`UPDATE case_records SET assigned_agent_code = NULL WHERE ${AS_THE_INTAKE_WROTE_IT} AND assigned_agent_code IS NOT NULL`, [caseNo]);
    const choice = chooseCaseOwner(await loadAgentCandidates(tx), need);
    if (choice.agent) await tx.query(`UPDATE case_records SET assigned_agent_code = $2 WHERE ${AS_THE_INTAKE_WROTE_IT}`, [caseNo, choice.agent]);
    return choice;
  });
}

/** The complaint's row before its workflow recorded anything: only then is the owner this choice's to name. */
const AS_THE_INTAKE_WROTE_IT = `case_no = $1 AND kind = 'complaint' AND state_version = 0 AND status = 'registered'`;
