import { patched, proxyActivities, setCurrentDetails, sleep } from '@temporalio/workflow';
import type { PlatformActivities } from '../../activities';
import { DB_BATCH, finalOn } from '../shared/activity-profiles';

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
  /** A-7: the follow-up plans whose open calls moved (since DELEGATIONS_AND_FOLLOW_UPS_PATCH). */
  followUpsMoved?: Array<{ caseNo: string; to: string }>;
}

// The read model trails the workflows by moments: a case assigned just before the status change may
// not be listed yet. Later sweeps pick such cases up; no case can be assigned to the agent after it.
const SWEEPS_PATCH = 'reassignment-sweeps';
const MAX_SWEEPS = 5;
const SWEEP_PAUSE = '2s';

// A-7: an absence is delegation: what moves during it is recorded, so that it goes back on return; and
// the agent's follow-up calls move like the complaints. Histories before it moved the complaints only.
const DELEGATIONS_AND_FOLLOW_UPS_PATCH = 'reassignment-records-delegations-and-moves-follow-ups';

// Planning reads every open case of the agent; a move waits for the case's workflow to take it up.
// A refused move (the case ended or moved meanwhile) is skipped, not retried.
const staff = proxyActivities<PlatformActivities>(finalOn(DB_BATCH, 'ReassignmentRefused'));

/**
 * A-7: moves every open complaint of an agent who is absent (to the delegate) or leaving (balanced
 * over colleagues). A workflow, so that a crash half-way neither loses nor repeats a move.
 */
export async function staffReassignmentWorkflow(input: StaffReassignmentInput): Promise<StaffReassignmentResult> {
  const reason =
    input.status === 'absent'
      ? `A-7: ${input.agentCode} is absent${input.delegate ? `, delegated to ${input.delegate}` : ''}`
      : `A-7: ${input.agentCode} has left`;
  const result: StaffReassignmentResult = { moved: [], skipped: [], unplaced: [] };
  const delegating = patched(DELEGATIONS_AND_FOLLOW_UPS_PATCH);
  const delegated = async (kind: 'complaint' | 'followup', moves: StaffReassignmentResult['moved']) => {
    if (delegating && input.status === 'absent' && moves.length > 0) await staff.recordDelegations({ agentCode: input.agentCode, kind, moves });
  };
  const sweeps = patched(SWEEPS_PATCH) ? MAX_SWEEPS : 1;
  for (let sweep = 1; sweep <= sweeps; sweep += 1) {
    if (sweep > 1) await sleep(SWEEP_PAUSE);
    const plan = await staff.planStaffReassignment({ agentCode: input.agentCode, delegate: input.delegate });
    result.unplaced = plan.unplaced;
    const movedNow: StaffReassignmentResult['moved'] = [];
    for (const move of plan.moves) {
      setCurrentDetails(`**Sweep ${sweep}, moving** ${move.caseNo} → ${move.to}`);
      const outcome = await staff.reassignComplaintCase({ ...move, reason });
      if (outcome === 'moved') movedNow.push(move);
      else result.skipped.push(move.caseNo);
    }
    result.moved.push(...movedNow);
    await delegated('complaint', movedNow);
    // Done when a sweep after the first finds nothing left to move.
    if (sweep > 1 && plan.moves.length === 0) break;
  }
  if (delegating) {
    result.followUpsMoved = [];
    for (const move of await staff.planFollowUpMoves({ agentCode: input.agentCode, delegate: input.delegate })) {
      setCurrentDetails(`**Moving follow-up plan** ${move.caseNo} → ${move.to}`);
      if ((await staff.reassignFollowUpPlan({ ...move, reason })) === 'moved') result.followUpsMoved.push(move);
    }
    await delegated('followup', result.followUpsMoved);
  }
  setCurrentDetails(`**Done:** ${result.moved.length} moved, ${result.skipped.length} skipped, ${result.unplaced.length} without an agent`);
  return result;
}
