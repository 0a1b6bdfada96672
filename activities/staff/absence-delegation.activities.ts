import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { OpenFollowUpPlan, PlannedMove, planFollowUpReassignment } from '@libs/domain/staff/reassignment';
import { loadAgentCandidates } from '../assignment/choose-agent.activity';
import { caseWorkflow, MovableKind, moveCase, MoveOutcome } from './move-case';

export type DelegatedKind = MovableKind;

/** A case handed on during an absence, until it is settled on the agent's return. */
export interface Delegation {
  id: string;
  agentCode: string;
  kind: DelegatedKind;
  caseNo: string;
  delegatedTo: string;
}

export type ReturnOutcome = 'returned' | 'moved_on' | 'finished';

export function createAbsenceDelegationActivities(dataSource: DataSource, temporal: Client) {
  return {
    /** the active follow-up plans of the agent and where each goes (the calls move like the complaints). */
    async planFollowUpMoves(request: { agentCode: string; delegate?: string }): Promise<PlannedMove[]> {
      const rows: Array<{ plan_id: string; tier: OpenFollowUpPlan['customerTier']; customer_agent: string | null }> = await dataSource.query(
        `SELECT r.case_no AS plan_id, cu.tier, cu.assigned_agent_code AS customer_agent
           FROM case_records r JOIN customers cu ON cu.id = r.customer_id
          WHERE r.kind = 'followup' AND r.assigned_agent_code = $1 AND r.status = 'active'
          ORDER BY r.created_at, r.case_no`,
        [request.agentCode],
      );
      const plans = rows.map((r) => ({ planId: r.plan_id, customerTier: r.tier, customerAgent: r.customer_agent }));
      return planFollowUpReassignment(plans, await loadAgentCandidates(dataSource), request.agentCode, request.delegate);
    },

    /** moves one follow-up plan's open calls; its workflow records the new owner. */
    async reassignFollowUpPlan(request: PlannedMove & { reason: string }): Promise<MoveOutcome> {
      return moveCase(temporal, 'followup', request.caseNo, request.to, request.reason);
    },

    /** the cases handed on during this absence, to be returned when the agent is back. */
    async recordDelegations(request: { agentCode: string; kind: DelegatedKind; moves: PlannedMove[] }): Promise<void> {
      if (request.moves.length === 0) return;
      await dataSource.query(
        `INSERT INTO absence_delegations (agent_code, kind, case_no, delegated_to)
         SELECT $1, $2, m.case_no, m.delegated_to FROM unnest($3::text[], $4::text[]) AS m(case_no, delegated_to)
         ON CONFLICT (agent_code, kind, case_no) WHERE settled_at IS NULL DO UPDATE SET delegated_to = EXCLUDED.delegated_to`,
        [request.agentCode, request.kind, request.moves.map((m) => m.caseNo), request.moves.map((m) => m.to)],
      );
    },

    /** what was handed on during the absence and is not settled yet. */
    async openDelegations(request: { agentCode: string }): Promise<Delegation[]> {
      const rows: Array<{ id: string; agent_code: string; kind: DelegatedKind; case_no: string; delegated_to: string }> = await dataSource.query(
        `SELECT id, agent_code, kind, case_no, delegated_to FROM absence_delegations WHERE agent_code = $1 AND settled_at IS NULL ORDER BY id`,
        [request.agentCode],
      );
      return rows.map((r) => ({ id: String(r.id), agentCode: r.agent_code, kind: r.kind, caseNo: r.case_no, delegatedTo: r.delegated_to }));
    },

    /**
     * absence is temporary delegation: the case goes back to the agent, unless it was moved on
     * from the delegate meanwhile (a supervisor's explicit choice stands) or has ended. Settles the row.
     */
    async returnDelegatedCase(d: Delegation & { reason: string }): Promise<ReturnOutcome> {
      const outcome = await returnOutcome(d);
      await dataSource.query(`UPDATE absence_delegations SET settled_at = now(), outcome = $2 WHERE id = $1 AND settled_at IS NULL`, [d.id, outcome]);
      return outcome;
    },
  };

  async function returnOutcome(d: Delegation & { reason: string }): Promise<ReturnOutcome> {
    let now: { agent: string | null; finished: boolean };
    try {
      now = await caseWorkflow(temporal, d.kind, d.caseNo).owner();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'finished';
      throw error;
    }
    if (now.finished) return 'finished';
    if (now.agent === d.agentCode) return 'returned';
    if (now.agent !== d.delegatedTo) return 'moved_on';
    const moved = await moveCase(temporal, d.kind, d.caseNo, d.agentCode, d.reason);
    return moved === 'finished' ? 'finished' : 'returned';
  }
}
