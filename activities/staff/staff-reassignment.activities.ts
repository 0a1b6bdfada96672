import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { OpenCase, PlannedMove, planReassignment } from '@libs/domain/staff/reassignment';
import { loadAgentCandidates } from '../assignment/choose-agent.activity';
import { moveCase, MoveOutcome } from './move-case';

export interface ReassignmentPlan {
  moves: PlannedMove[];
  /** Open cases no active agent can take; the supervisor must place them. */
  unplaced: string[];
}

export function createStaffReassignmentActivities(dataSource: DataSource, temporal: Client) {
  return {
    /** the open complaints of the agent and where each goes. */
    async planStaffReassignment(request: { agentCode: string; delegate?: string }): Promise<ReassignmentPlan> {
      const cases: Array<{ case_no: string; category: OpenCase['category']; tier: OpenCase['customerTier'] }> = await dataSource.query(
        `SELECT c.case_no, c.category, cu.tier
           FROM case_records c JOIN customers cu ON cu.id = c.customer_id
          WHERE c.kind = 'complaint' AND c.assigned_agent_code = $1 AND c.status NOT IN ('closed', 'cancelled')
          ORDER BY c.created_at, c.case_no`,
        [request.agentCode],
      );
      const open = cases.map((c) => ({ caseNo: c.case_no, category: c.category, customerTier: c.tier }));
      const moves = planReassignment(open, await loadAgentCandidates(dataSource), request.agentCode, request.delegate);
      const placed = new Set(moves.map((m) => m.caseNo));
      return { moves, unplaced: open.filter((c) => !placed.has(c.caseNo)).map((c) => c.caseNo) };
    },

    /** Moves one complaint; its workflow records the new owner. */
    async reassignComplaintCase(move: PlannedMove & { reason: string }): Promise<MoveOutcome> {
      return moveCase(temporal, 'complaint', move.caseNo, move.to, move.reason);
    },
  };
}
