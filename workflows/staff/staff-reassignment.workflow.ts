import { proxyActivities, setCurrentDetails } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';

export interface StaffReassignmentInput {
  agentCode: string;
  status: 'absent' | 'departed';
  delegate?: string;
  by: string;
}

export interface StaffReassignmentResult {
  moved: Array<{ caseNo: string; to: string }>;
  skipped: string[];
  unplaced: string[];
}

const staff = proxyActivities<PlatformActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s', nonRetryableErrorTypes: ['ReassignmentRefused'] },
});

/**
 * A-7: moves every open complaint of an agent who is absent (to the delegate) or leaving (balanced
 * over colleagues). A workflow, so that a crash half-way neither loses nor repeats a move.
 */
export async function staffReassignmentWorkflow(input: StaffReassignmentInput): Promise<StaffReassignmentResult> {
  const plan = await staff.planStaffReassignment({ agentCode: input.agentCode, delegate: input.delegate });
  const reason =
    input.status === 'absent'
      ? `A-7: ${input.agentCode} is absent${input.delegate ? `, delegated to ${input.delegate}` : ''}`
      : `A-7: ${input.agentCode} has left`;
  const result: StaffReassignmentResult = { moved: [], skipped: [], unplaced: plan.unplaced };
  for (const move of plan.moves) {
    setCurrentDetails(`**Moving** ${result.moved.length + result.skipped.length + 1} of ${plan.moves.length}: ${move.caseNo} → ${move.to}`);
    const outcome = await staff.reassignComplaintCase({ ...move, reason });
    if (outcome === 'moved') result.moved.push(move);
    else result.skipped.push(move.caseNo);
  }
  setCurrentDetails(`**Done:** ${result.moved.length} moved, ${result.skipped.length} skipped, ${result.unplaced.length} without an agent`);
  return result;
}
